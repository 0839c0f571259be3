"""REPORTS_REMEMBER: the host's function may keep what a render computes; without one, everything is computed."""

from reports import conf

KEPT = {}


def keep_everything(request, key, compute):
    if key not in KEPT:
        KEPT[key] = compute()
    return KEPT[key]


def test_without_the_setting_every_call_computes(settings):
    settings.REPORTS_REMEMBER = None
    calls = []
    for _ in range(2):
        conf.remember(None, "choices", lambda: calls.append(1) or len(calls))
    assert calls == [1, 1]


def test_the_hosts_function_decides_what_is_kept(settings):
    settings.REPORTS_REMEMBER = f"{__name__}.keep_everything"
    KEPT.clear()
    assert conf.remember(None, "choices", lambda: "first") == "first"
    assert conf.remember(None, "choices", lambda: "second") == "first"
    assert KEPT == {"choices": "first"}
