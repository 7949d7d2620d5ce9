"""Lightweight asyncio export server: GET /export?name=<file name> returns a CSV download."""
from __future__ import annotations

import asyncio
from urllib.parse import parse_qs, urlsplit


def build_download_response(filename: str, body: bytes, content_type: str = "text/csv") -> bytes:
    """Assemble a complete HTTP/1.1 response for a file download."""
    disposition = f'attachment; filename="{filename}"'
    head_lines = [
        "HTTP/1.1 200 OK",
        f"Content-Type: {content_type}; charset=utf-8",
        f"Content-Length: {len(body)}",
        f"Content-Disposition: {disposition}",
        "Connection: close",
    ]
    head = "\r\n".join(head_lines) + "\r\n\r\n"
    return head.encode("latin-1", errors="replace") + body


def render_export(rows: list[tuple[str, int]]) -> bytes:
    return ("sku,qty\n" + "".join(f"{sku},{qty}\n" for sku, qty in rows)).encode()


class ExportServer:
    def __init__(self, rows: list[tuple[str, int]]) -> None:
        self.rows = rows

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        request_line = (await reader.readline()).decode("latin-1").strip()
        while (await reader.readline()) not in (b"\r\n", b"\n", b""):
            pass  # ignore request headers
        _method, target, _version = request_line.split(" ", 2)
        query = parse_qs(urlsplit(target).query)
        requested = query.get("name", ["export.csv"])[0]
        writer.write(build_download_response(requested, render_export(self.rows)))
        await writer.drain()
        writer.close()

    async def serve(self, host: str = "127.0.0.1", port: int = 8081) -> asyncio.AbstractServer:
        return await asyncio.start_server(self.handle, host, port)
