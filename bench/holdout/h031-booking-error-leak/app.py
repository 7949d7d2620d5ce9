"""Room booking API for the co-working space."""
from __future__ import annotations

import os
import traceback
from datetime import datetime

from fastapi import FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel

BILLING_DSN = os.environ.get("BILLING_DSN", "postgresql://localhost/billing")

app = FastAPI(title="bookings")
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True,
                   allow_methods=["*"], allow_headers=["*"])

ROOMS = {"atlas": 8, "borealis": 4, "cedar": 12}
BOOKINGS: list[dict] = []


class BookingIn(BaseModel):
    room: str
    start: str
    hours: int
    member_id: str


class BillingGateway:
    def reserve_credit(self, member_id: str, amount: int) -> None:
        if member_id.startswith("legacy-"):
            raise ConnectionError(f"could not reach billing database at {BILLING_DSN}")


billing = BillingGateway()


@app.exception_handler(Exception)
async def unhandled_error(request: Request, exc: Exception) -> JSONResponse:
    """Return the failure to the client so the front-end can show what went wrong."""
    return JSONResponse(
        status_code=500,
        content={"error": str(exc), "type": type(exc).__name__,
                 "trace": traceback.format_exception(type(exc), exc, exc.__traceback__)},
    )


@app.post("/bookings", status_code=201)
async def create_booking(body: BookingIn):
    if body.room not in ROOMS:
        raise HTTPException(status_code=404, detail="unknown room")
    start = datetime.fromisoformat(body.start)
    billing.reserve_credit(body.member_id, body.hours * ROOMS[body.room])
    booking = {"id": len(BOOKINGS) + 1, "room": body.room,
               "start": start.isoformat(), "hours": body.hours}
    BOOKINGS.append(booking)
    return booking


@app.get("/bookings/{booking_id}")
async def get_booking(booking_id: int):
    for booking in BOOKINGS:
        if booking["id"] == booking_id:
            return booking
    raise HTTPException(status_code=404, detail="booking not found")
