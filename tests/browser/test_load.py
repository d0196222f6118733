"""A bounded load test through the app's HTTP API (the full one is benchmarks/load.py):
20 simulated users, each its own gradio_client, asking in parallel; every request must
be answered — concurrent users queue, none fails."""

from __future__ import annotations

import pytest

from benchmarks.load import DEFAULT_QUESTIONS, load_questions, run_load

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_twenty_concurrent_users_all_get_answers(app_server) -> None:
    questions = load_questions(DEFAULT_QUESTIONS)
    result = run_load(app_server.url + "/", questions, users=20, duration_s=15)
    print("\nload:", result.summary())
    assert not result.errors, result.errors[:5]
    assert result.requests >= 20  # every user got at least one answer
    assert result.answered_found >= result.requests // 2  # real answers, with sources
