import base64
import importlib, os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


def _worker():
    w = mod.Worker()
    sent = []

    @w.register("send_email")
    def send_email(to, subject, cc=None):
        sent.append((to, subject, cc))
        return f"sent:{to}"

    @w.register("resize")
    def resize(path, sizes):
        return [f"{path}@{s}" for s in sizes]

    return w, sent


def test_round_trip_messages():
    w, sent = _worker()
    msgs = [
        mod.Worker.build_message("send_email", to="a@example.com", subject="Hi"),
        mod.Worker.build_message("resize", path="img/cat.png", sizes=[64, 128]),
        mod.Worker.build_message("send_email", to="b@example.com", subject="Yo", cc="c@example.com"),
    ]
    assert all(isinstance(m, bytes) for m in msgs)
    base64.b64decode(msgs[0], validate=True)
    results = w.drain(msgs)
    assert results == ["sent:a@example.com", ["img/cat.png@64", "img/cat.png@128"], "sent:b@example.com"]
    assert sent == [("a@example.com", "Hi", None), ("b@example.com", "Yo", "c@example.com")]
    assert w.processed == 3 and w.failed == 0


def test_decode_returns_dict():
    w, _ = _worker()
    job = w.decode(mod.Worker.build_message("resize", path="x", sizes=[1]))
    assert job == {"task": "resize", "params": {"path": "x", "sizes": [1]}}


def test_unknown_task_counts_failure():
    w, _ = _worker()
    assert w.handle(mod.Worker.build_message("nope")) is None
    assert w.failed == 1 and w.processed == 0


def test_garbage_message_counts_failure():
    w, _ = _worker()
    assert w.handle(b"!!!!") is None
    assert w.handle(base64.b64encode(b"not a job")) is None
    assert w.failed == 2
