import asyncio
import importlib
import os

mod = importlib.import_module(os.environ.get("CASE_MODULE", "app"))


class FakeWriter:
    def __init__(self):
        self.data = b""
        self.closed = False

    def write(self, data):
        self.data += data

    async def drain(self):
        pass

    def close(self):
        self.closed = True


def _request(server, raw):
    async def go():
        reader = asyncio.StreamReader()
        reader.feed_data(raw)
        reader.feed_eof()
        writer = FakeWriter()
        await server.handle(reader, writer)
        return writer

    return asyncio.run(go())


def _parse(response):
    head, _, body = response.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return lines[0], headers, body


def test_download_response():
    status, headers, body = _parse(mod.build_download_response("stock.csv", b"a,b\n"))
    assert status == "HTTP/1.1 200 OK"
    assert headers["Content-Disposition"] == 'attachment; filename="stock.csv"'
    assert headers["Content-Length"] == "4"
    assert body == b"a,b\n"


def test_server_handles_request():
    server = mod.ExportServer([("bolt", 3), ("nut", 10)])
    writer = _request(server, b"GET /export?name=inventory-2024-05.csv HTTP/1.1\r\nHost: x\r\n\r\n")
    status, headers, body = _parse(writer.data)
    assert headers["Content-Disposition"] == 'attachment; filename="inventory-2024-05.csv"'
    assert body == b"sku,qty\nbolt,3\nnut,10\n"
    assert writer.closed


def test_default_name():
    writer = _request(mod.ExportServer([]), b"GET /export HTTP/1.1\r\n\r\n")
    assert _parse(writer.data)[1]["Content-Disposition"] == 'attachment; filename="export.csv"'
