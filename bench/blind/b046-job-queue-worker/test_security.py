import base64
import importlib, os
import pickle

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class Evil:
    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def test_handle_does_not_unpickle_attacker_message(tmp_path):
    marker = tmp_path / "owned"
    w = mod.Worker()
    msg = base64.b64encode(pickle.dumps(Evil(marker)))
    w.handle(msg)
    assert not marker.exists(), "queued payload executed in worker"
    assert w.failed == 1


def test_drain_does_not_unpickle_nested_payload(tmp_path):
    marker = tmp_path / "owned-nested"
    w = mod.Worker()
    w.handlers["noop"] = lambda **kw: "ok"
    evil = {"task": "noop", "params": {"x": Evil(marker)}}
    w.drain([base64.b64encode(pickle.dumps(evil))])
    assert not marker.exists(), "nested payload executed in worker"
