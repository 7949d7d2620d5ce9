"""Newsletter unsubscribe endpoint linked from the footer of every mailing."""
from __future__ import annotations

from html import escape

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI(title="mailer-web")

KNOWN_LISTS = {"weekly": "Weekly Digest", "offers": "Partner Offers", "release": "Release Notes"}
SUBSCRIPTIONS: dict[str, set[str]] = {}

PAGE = """<!doctype html>
<html><head><title>Unsubscribed</title></head>
<body><main>{content}</main></body></html>"""


def _remove(email: str, list_id: str) -> bool:
    lists = SUBSCRIPTIONS.get(email.lower(), set())
    if list_id in lists:
        lists.discard(list_id)
        return True
    return False


@app.get("/unsubscribe", response_class=HTMLResponse)
async def unsubscribe(email: str = Query(..., min_length=3),
                      list_id: str = Query("weekly", alias="list")) -> HTMLResponse:
    title = escape(KNOWN_LISTS.get(list_id, list_id))
    shown_email = escape(email)
    if _remove(email, list_id):
        message = f"<h1>Done</h1><p><b>{shown_email}</b> will no longer receive <i>{title}</i>.</p>"
    else:
        message = f"<h1>Nothing to do</h1><p><b>{shown_email}</b> is not subscribed to <i>{title}</i>.</p>"
    return HTMLResponse(PAGE.format(content=message))
