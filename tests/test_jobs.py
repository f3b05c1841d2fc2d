"""The shared Celery configuration: how often the sweep looks, and how long a send may wait."""

from __future__ import annotations

import pytest

from attache.jobs import SWEEP_STUCK, make_celery
from attache.settings import Settings


@pytest.mark.parametrize(("stuck_after", "every"), [(600, 150.0), (8, 2.0), (2, 1.0)])
def test_the_sweep_looks_four_times_per_timeout_at_most_once_a_second(
    stuck_after: int, every: float
) -> None:
    celery = make_celery(Settings(stuck_after_seconds=stuck_after, broker_url="memory://"))
    [entry] = celery.conf.beat_schedule.values()
    assert entry["task"] == SWEEP_STUCK
    assert entry["schedule"] == every
    assert entry["options"]["expires"] == every


def test_a_send_waits_for_the_broker_a_bounded_time() -> None:
    conf = make_celery(Settings(broker_url="memory://")).conf
    options = conf.broker_transport_options
    assert options["socket_timeout"] == options["socket_connect_timeout"] == 2.0
    assert conf.task_publish_retry_policy["max_retries"] == 1


@pytest.mark.parametrize(("lease", "look_every"), [(20, 5.0), (4, 1.0)])
def test_redis_hands_back_a_dead_workers_jobs_after_one_lease(
    lease: int, look_every: float
) -> None:
    conf = make_celery(Settings(lease_seconds=lease, broker_url="memory://")).conf
    options = conf.broker_transport_options
    assert options["visibility_timeout"] == lease
    assert options["unacked_restore_interval"] == look_every
    assert options["unacked_restore_throttle"] == 1


def test_a_pool_process_has_time_to_load_the_model_before_it_must_report_up() -> None:
    conf = make_celery(Settings(broker_url="memory://")).conf
    assert conf.worker_proc_alive_timeout >= 30
