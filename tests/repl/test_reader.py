"""Phrase completeness and splitting, decided by the parser."""
from __future__ import annotations

from robur.repl.reader import Status, phrase_status, split_phrases


def test_status():
    assert phrase_status("let x = 1;;") is Status.COMPLETE
    assert phrase_status("let x = 1") is Status.INCOMPLETE
    assert phrase_status("let f x =\n  x + 1") is Status.INCOMPLETE
    assert phrase_status("module M = struct let x = 1;;") is Status.INCOMPLETE
    assert phrase_status('let s = "a;;') is Status.INCOMPLETE
    assert phrase_status("let x = (* ;; *) 1;;") is Status.COMPLETE
    assert phrase_status("(* still typing a comment ;;") is Status.INCOMPLETE
    assert phrase_status("let x = );;") is Status.ERROR
    assert phrase_status("#quit;;") is Status.COMPLETE
    assert phrase_status("   ") is Status.INCOMPLETE


def test_split():
    phrases, rest = split_phrases("let a = 1;; let b = 2;;\nlet c =")
    assert [p.text for p in phrases] == ["let a = 1;;", " let b = 2;;"]
    assert rest == "\nlet c ="
    phrases, rest = split_phrases("module M = struct let x = 1;; let y = 2 end;; 3;;")
    assert [p.text for p in phrases] == ["module M = struct let x = 1;; let y = 2 end;;", " 3;;"]
    phrases, rest = split_phrases("let x = );; let y = 2;;")
    assert [p.text for p in phrases] == ["let x = );;", " let y = 2;;"] and rest == ""
    phrases, rest = split_phrases('let s = "a;;b";;')
    assert [p.text for p in phrases] == ['let s = "a;;b";;']
