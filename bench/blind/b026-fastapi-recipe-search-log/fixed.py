"""Recipe search API with query analytics written to the application log."""
from __future__ import annotations

import logging
from typing import List

from fastapi import FastAPI, Query
from pydantic import BaseModel

logger = logging.getLogger("recipes.search")

app = FastAPI(title="Recipe search")

RECIPES: List[dict] = [
    {"id": 1, "title": "Tomato soup", "tags": ["soup", "vegetarian"]},
    {"id": 2, "title": "Chicken curry", "tags": ["curry", "spicy"]},
    {"id": 3, "title": "Green curry with tofu", "tags": ["curry", "vegetarian"]},
    {"id": 4, "title": "Lemon tart", "tags": ["dessert"]},
]


class SearchResult(BaseModel):
    query: str
    total: int
    ids: List[int]


def _matches(recipe: dict, needle: str) -> bool:
    haystack = " ".join([recipe["title"], *recipe["tags"]]).lower()
    return needle in haystack


def _for_log(value: str) -> str:
    """Neutralise line breaks so one request can only produce one log line."""
    return value.replace("\r", "\\r").replace("\n", "\\n")


@app.get("/recipes/search", response_model=SearchResult)
def search_recipes(q: str = Query(..., min_length=1, max_length=200)) -> SearchResult:
    """Case-insensitive substring search over recipe titles and tags."""
    term = q.strip()
    needle = term.lower()
    hits = [r["id"] for r in RECIPES if _matches(r, needle)]
    logger.info("recipe search term=%s hits=%d", _for_log(term), len(hits))
    return SearchResult(query=term, total=len(hits), ids=hits)
