"""Room booking API for the co-working space."""
from __future__ import annotations

import logging
import os
import uuid
from datetime import datetime

from fastapi import FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel

BILLING_DSN = os.environ.get("BILLING_DSN", "postgresql://localhost/billing")
ALLOWED_ORIGINS = [o for o in os.environ.get("BOOKING_CORS_ORIGINS",
                                             "https://app.cowork.example").split(",") if o]
log = logging.getLogger("bookings")

app = FastAPI(title="bookings")
app.add_middleware(CORSMiddleware, allow_origins=ALLOWED_ORIGINS, allow_credentials=True,
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
    """Log the failure server-side; give the client only an opaque reference."""
    incident = uuid.uuid4().hex[:12]
    log.error("unhandled error %s on %s %s", incident, request.method, request.url.path,
              exc_info=exc)
    return JSONResponse(status_code=500,
                        content={"error": "internal server error", "incident": incident})


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
