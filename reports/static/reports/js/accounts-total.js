// The running total of a trip report's accounts (reports.panels.AccountsTotalPanel).
// Each amount is read with the regular expression the server reads it with (the input's
// data-amount-pattern, from reports.inputs.amount_pattern), and added up exactly in øre (BigInt).
(() => {
  "use strict";

  const readOere = (input, thousandSeparator) => {
    const match = new RegExp(input.dataset.amountPattern).exec(input.value);
    if (!match) return null;
    const whole = match[1].split(thousandSeparator).join("");
    const fraction = (match[2] || "").padEnd(2, "0");
    return BigInt(whole) * 100n + BigInt(fraction);
  };

  const format = (oere, totalElement) => {
    const { decimalSeparator, thousandSeparator, money } = totalElement.dataset;
    const whole = (oere / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, thousandSeparator);
    const fraction = (oere % 100n).toString().padStart(2, "0");
    const number = fraction === "00" ? whole : whole + decimalSeparator + fraction;
    return money.replace("{amount}", number);
  };

  const isDeleted = (input) => {
    // Inline panel children are named "<prefix>-<n>-<field>"; a deleted child's DELETE input says "1".
    const deleteInput = input.form.elements[input.name.replace(/-[^-]+$/, "-DELETE")];
    return Boolean(deleteInput && deleteInput.value === "1");
  };

  const update = (totalElement) => {
    const container = document.getElementById(`id_${totalElement.dataset.accountsTotal}-FORMS`);
    if (!container) return;
    let total = 0n;
    let unreadable = 0;
    container.querySelectorAll("input[data-amount-pattern]").forEach((input) => {
      if (isDeleted(input) || input.value === "") return;
      const oere = readOere(input, totalElement.dataset.thousandSeparator);
      if (oere === null) unreadable += 1;
      else total += oere;
    });
    totalElement.querySelector("[data-accounts-total-amount]").textContent = format(total, totalElement);
    totalElement.querySelector("[data-accounts-total-unreadable]").hidden = unreadable === 0;
  };

  const updateAll = () => document.querySelectorAll("[data-accounts-total]").forEach(update);

  // "change" also comes from the inline panel's delete button, which sets the child's DELETE input.
  document.addEventListener("input", updateAll);
  document.addEventListener("change", updateAll);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", updateAll);
  else updateAll();
})();
