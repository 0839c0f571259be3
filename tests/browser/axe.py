"""axe-core in the page: which rules we hold every public page to, and failure messages people can act on."""

import json
from pathlib import Path

from django.conf import settings

AXE_SCRIPT = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
# The rules of WCAG 2.1 A and AA: what webtilgængelighedsloven asks of a Danish public site.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# axe files page structure under "best practice", not WCAG; screen reader users lean on it all the same.
AXE_STRUCTURE_RULES = {
    "landmark-one-main",
    "landmark-unique",
    "landmark-no-duplicate-banner",
    "landmark-no-duplicate-contentinfo",
    "landmark-banner-is-top-level",
    "landmark-contentinfo-is-top-level",
    "landmark-main-is-top-level",
    "region",
    "page-has-heading-one",
    "heading-order",
    "empty-heading",
}


def run_axe(tab):
    """Run axe-core's WCAG 2.1 A/AA rules and the page-structure rules on the loaded page; return the violations."""
    tab.add_script_tag(path=str(AXE_SCRIPT))
    options = json.dumps({"runOnly": {"type": "tag", "values": [*AXE_TAGS, "best-practice"]}})
    violations = tab.evaluate(f"async () => (await axe.run(document, {options})).violations")
    return [
        violation
        for violation in violations
        if violation["id"] in AXE_STRUCTURE_RULES or set(violation["tags"]) & set(AXE_TAGS)
    ]


def describe_violations(url, violations):
    """A failure message a person can act on: rule, impact, what it means, and where."""
    lines = [f"{url}: {len(violations)} accessibility violation(s)"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            target = " ".join(" >> ".join(part) if isinstance(part, list) else part for part in node["target"])
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    at {target}: {summary}")
    return "\n".join(lines)
