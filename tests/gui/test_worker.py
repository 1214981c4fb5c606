"""A background job never runs Python's cyclic garbage collector in its own thread: a collection
there frees the UI thread's Qt objects from the wrong thread, and the program crashes (a
segmentation fault in CI while the weekly report rendered). The collector waits while a job runs
and collects on the UI thread when the last one ends."""
import gc
import threading

from desk.ui.worker import run_job


class Cycle:
    def __init__(self):
        self.me = self  # garbage only the cyclic collector frees


def test_no_collection_in_a_worker_thread_and_one_on_the_ui_thread_after(qtbot):
    ui_thread = threading.get_ident()
    collections = []

    def seen(phase, info):
        if phase == "start":
            collections.append(threading.get_ident())

    def work(progress):
        for n in range(200_000):  # far past the collector's threshold (700 new objects)
            Cycle()
        return gc.isenabled()

    results = []
    assert gc.isenabled()
    gc.callbacks.append(seen)
    try:
        job = run_job(None, "测试", work, results.append)
        qtbot.waitUntil(lambda: bool(results), timeout=20000)
    finally:
        gc.callbacks.remove(seen)
    assert results == [False]  # the collector held while the job ran
    assert job.worker.isFinished() and gc.isenabled()  # and back once it ended
    assert collections and set(collections) == {ui_thread}  # collected, and only on the UI thread
