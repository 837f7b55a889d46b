"""ASGI middleware in front of every request: a cap on the body size and security headers on every answer.

Written as plain ASGI (not ``BaseHTTPMiddleware``) so it adds no measurable latency, and so that an oversized body
is refused while it is still arriving, whether or not the client declared its length.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: The dashboard loads nothing from elsewhere: no CDN, no tile server, no inline script.
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
        b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)


class Guard:
    """Refuses request bodies over ``max_body_bytes`` (413) and adds ``SECURITY_HEADERS`` to every response."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def secured_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        too_large = f"the request body is larger than this server accepts ({self.max_body_bytes:,} bytes)"
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            body = json.dumps({"detail": too_large}).encode()
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            await secured_send({"type": "http.response.start", "status": 413, "headers": headers})
            await secured_send({"type": "http.response.body", "body": body})
            return
        received = 0

        async def counted_receive() -> Message:
            """Stops a body without a (truthful) length as it arrives: the app answers the HTTPException as JSON."""
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise HTTPException(413, too_large)
            return message

        await self.app(scope, counted_receive, secured_send)
