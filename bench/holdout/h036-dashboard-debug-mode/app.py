"""Internal operations dashboard (queue depths, deploy status)."""
from __future__ import annotations

import os
from typing import Optional, Type

from flask import Flask, jsonify


class Config:
    SECRET_KEY = "ops-dashboard-7f3a9c"
    DEBUG = False
    TESTING = False
    REFRESH_SECONDS = 30
    QUEUES = ("emails", "exports", "webhooks")


class DevelopmentConfig(Config):
    DEBUG = True


class TestingConfig(Config):
    TESTING = True


class ProductionConfig(Config):
    REFRESH_SECONDS = 10


CONFIGS: dict[str, Type[Config]] = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def queue_depth(name: str) -> int:
    """Placeholder for the broker call; replaced in tests."""
    return 0


def create_app(config_name: Optional[str] = None) -> Flask:
    """Application factory; the environment picks the config when none is given."""
    name = config_name or os.environ.get("DASHBOARD_ENV", "development")
    app = Flask(__name__)
    app.config.from_object(CONFIGS[name])

    @app.get("/health")
    def health():
        return jsonify(status="ok")

    @app.get("/api/queues")
    def queues():
        depths = {q: queue_depth(q) for q in app.config["QUEUES"]}
        return jsonify(queues=depths, refresh=app.config["REFRESH_SECONDS"])

    return app


if __name__ == "__main__":
    dashboard = create_app()
    dashboard.run(host="0.0.0.0", port=8050, debug=True)
