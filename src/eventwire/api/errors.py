"""Every refused request gets a 4xx whose ``detail`` is one sentence saying what was wrong."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

_PLACES = {"query": "query parameter", "path": "path parameter", "header": "header", "body": "body field"}


def describe(error: dict[str, Any]) -> str:
    """One validation error from pydantic as a phrase: where, then what ("query parameter 'limit': …")."""
    where, *path = error.get("loc") or ("request",)
    message = str(error.get("msg", "is not valid"))
    if error.get("type") == "json_invalid":
        return f"the request body is not valid JSON ({error.get('ctx', {}).get('error', message)})"
    if where == "body" and not path:
        return f"the request body: {message}"
    if where == "body" and error.get("type") == "value_error":
        return message.removeprefix("Value error, ")
    name = ".".join(str(part) for part in path)
    return f"{_PLACES.get(str(where), str(where))} '{name}': {message}"


def _joined(errors: Sequence[Any]) -> str:
    return "; ".join(dict.fromkeys(describe(error) for error in errors))


async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
    return JSONResponse({"detail": _joined(exc.errors())}, status_code=422)


async def _http(request: Request, exc: HTTPException) -> JSONResponse:
    detail = exc.detail
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"no such endpoint: {request.url.path}; the endpoints are listed in /openapi.json"
    elif exc.status_code == 405:
        detail = f"{request.method} is not allowed on {request.url.path}"
    return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=exc.headers)


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http)  # type: ignore[arg-type]
