"""eventwire's HTTP API and dashboard: ``create_app(store)`` gives the FastAPI application ``eventwire serve`` runs."""

from eventwire.api.app import create_app

__all__ = ["create_app"]
