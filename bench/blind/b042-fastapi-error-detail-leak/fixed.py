"""Product catalogue service: create products and download their datasheets."""
from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

app = FastAPI(title="Catalogue")
logger = logging.getLogger(__name__)

DB_PATH = os.environ.get("CATALOGUE_DB", "/srv/catalogue/catalogue.db")
DATASHEET_DIR = Path(os.environ.get("DATASHEET_DIR", "/srv/catalogue/datasheets"))

INSERT_PRODUCT = "INSERT INTO products (sku, name, price_cents) VALUES (?, ?, ?)"


class ProductIn(BaseModel):
    sku: str = Field(min_length=3, max_length=32)
    name: str = Field(min_length=1, max_length=200)
    price_cents: int = Field(ge=0)


def init_db(path: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS products (id INTEGER PRIMARY KEY, "
            "sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL, price_cents INTEGER NOT NULL)"
        )


@app.post("/api/products", status_code=201)
def create_product(product: ProductIn) -> dict:
    try:
        with sqlite3.connect(DB_PATH) as conn:
            cursor = conn.execute(INSERT_PRODUCT, (product.sku, product.name, product.price_cents))
            new_id = cursor.lastrowid
    except sqlite3.Error:
        logger.exception("could not create product %r", product.sku)
        raise HTTPException(status_code=500, detail="Could not save the product")
    return {"id": new_id, "sku": product.sku}


@app.get("/api/products/{product_id}/datasheet")
def datasheet(product_id: int) -> FileResponse:
    sheet = DATASHEET_DIR / f"{product_id}.pdf"
    try:
        sheet.stat()
    except OSError:
        logger.info("datasheet missing for product %d", product_id)
        raise HTTPException(status_code=404, detail="Datasheet not found")
    return FileResponse(sheet, media_type="application/pdf", filename=f"datasheet-{product_id}.pdf")
