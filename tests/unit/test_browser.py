"""The Web Worker's entry point never raises."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import client_conflict
from client_conflict import browser
from client_conflict.case import VERSION


def test_success(verdier):
    out = json.loads(browser.evaluate(json.dumps(verdier), "fr", "2026-09-14", "/repo/"))
    assert out["ok"] is True
    assert out["version"] == client_conflict.__version__
    assert out["assessment"]["tactic"]["recommended"] == "compromise"
    assert out["html"].startswith('<section class="cc-report"')
    assert 'href="/repo/steps/' in out["html"]
    assert out["markdown"].startswith("## ")


@pytest.mark.parametrize(
    ("case_json", "lang", "today", "code", "field"),
    [
        ("{", "fr", "2026-09-14", "not_json", ""),
        ('{"format": "x", "version": 2}', "en", "2026-09-14", "foreign_format", "format"),
        (
            '{"format": "client-conflict-case", "version": 2}',
            "de",
            "2026-09-14",
            "bad_lang",
            "lang",
        ),
        (
            '{"format": "client-conflict-case", "version": 2}',
            "en",
            "14/09/2026",
            "bad_date",
            "today",
        ),
        ('{"format": "client-conflict-case", "version": 9}', "fr", "", "newer_version", "version"),
    ],
)
def test_errors_come_back_as_json(case_json, lang, today, code, field):
    out = json.loads(browser.evaluate(case_json, lang, today))
    assert out["ok"] is False
    assert (out["error"]["code"], out["error"]["field"]) == (code, field)
    assert out["error"]["message"]


def test_french_error_messages(verdier):
    verdier["answers"]["stake_outcome"] = 9
    out = json.loads(browser.evaluate(json.dumps(verdier), "fr", "2026-09-14"))
    assert out["error"]["detail"].startswith("Le champ «\u00a0answers.stake_outcome\u00a0»")
    assert out["error"]["message"].startswith("Une réponse de ce fichier n'est pas une valeur")


def test_unexpected_failures_become_internal_errors(monkeypatch, verdier):
    def boom(*args, **kwargs):
        raise ZeroDivisionError

    monkeypatch.setattr(browser, "assess", boom)
    out = json.loads(browser.evaluate(json.dumps(verdier), "en", "2026-09-14"))
    assert out == {
        "ok": False,
        "error": {"field": "", "code": "internal", "message": out["error"]["message"]},
    }
    assert "Traceback" not in out["error"]["message"]


def test_load_returns_the_case_in_the_current_format():
    legacy = (Path(__file__).parents[2] / "examples" / "v1-legacy.json").read_text(encoding="utf-8")
    out = json.loads(browser.load(legacy, "en", "2026-11-27"))
    assert out["ok"] is True
    assert out["case"]["version"] == VERSION
    assert "incidents" not in out["case"]
    assert out["case"]["timeline"][0]["date"] == "2025-10-01"
    assert json.loads(browser.load(json.dumps(out["case"]), "en"))["case"] == out["case"]


@pytest.mark.parametrize(
    ("text", "lang", "code", "start"),
    [
        ('{"format": "client-conflict-case", "version": 99}', "fr", "newer_version", "Ce "),
        ("[]", "en", "wrong_type", ""),
        ("{", "en", "not_json", ""),
    ],
)
def test_load_refuses_bad_files_in_the_readers_language(text, lang, code, start):
    out = json.loads(browser.load(text, lang))
    assert out["ok"] is False
    assert out["error"]["code"] == code
    assert out["error"]["message"].startswith(start)
