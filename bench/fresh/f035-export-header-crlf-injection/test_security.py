import asyncio
import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeWriter:
    def __init__(self):
        self.data = b""

    def write(self, data):
        self.data += data

    async def drain(self):
        pass

    def close(self):
        pass


def _response_for(target):
    async def go():
        reader = asyncio.StreamReader()
        reader.feed_data(f"GET {target} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        reader.feed_eof()
        writer = FakeWriter()
        await mod.ExportServer([("bolt", 1)]).handle(reader, writer)
        return writer.data

    return asyncio.run(go())


def _header_names(response):
    head = response.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    # a client splits header lines on CRLF (and tolerant ones on bare LF)
    lines = head.replace("\r\n", "\n").split("\n")[1:]
    return [line.split(":", 1)[0].strip().lower() for line in lines]


def test_crlf_in_name_cannot_add_headers():
    data = _response_for("/export?name=x.csv%22%0d%0aSet-Cookie:%20session=attacker%0d%0aX-Evil:%201")
    names = _header_names(data)
    assert "set-cookie" not in names
    assert "x-evil" not in names


def test_bare_lf_cannot_split_response():
    data = _response_for("/export?name=a.csv%0aLocation:%20https://evil.example")
    assert "location" not in _header_names(data)
