"""Every failure briefbot reports, as one exception tree.

Callers choose how much to catch::

    BriefError                   anything a user's link can cause; has .code and .user_message
    ├── FetchError               getting the page failed
    │   ├── InvalidURL           not an http(s) URL, or malformed
    │   ├── BlockedHost          resolves to a private/loopback/reserved address
    │   ├── FetchTimeout         connect or read took too long           (retryable)
    │   ├── ConnectionFailed     DNS failure, refused, reset, TLS error  (retryable)
    │   ├── TooManyRedirects
    │   ├── HTTPStatusError      4xx from the site (5xx is retryable)
    │   ├── TooLarge             body over the size cap (also after decompression)
    │   └── NotAnArticle         a PDF, image, JSON... not HTML
    ├── ExtractError             the page holds no readable article
    │   └── ThinContent          paywall stub, JavaScript-only page, too few words
    ├── SummariseError           the model failed on this text
    └── TooComplex               the analysis ran past the per-brief time budget (final, so cached)
    ConfigError                  a setting is missing or malformed (not a user's fault)
    DeliveryFailed               a job's reply could not be delivered to Slack, for good (the job ends as failed)

Errors from other libraries (httpx, trafilatura, transformers) are converted at
the edge with ``raise X(...) from exc`` so nothing above a stage needs to know
which library it used.  Every ``BriefError`` has a stable ``code`` so it can be
stored in the failure cache and rebuilt in another process (``error_from_dict``).
"""

from __future__ import annotations

from typing import Any, ClassVar


class BriefbotError(Exception):
    """Root of everything briefbot raises on purpose."""


class ConfigError(BriefbotError):
    """A setting is missing or malformed; the message names the variable."""


class DeliveryFailed(BriefbotError):
    """A job gave up on delivering its reply (Slack refused it for good, or every retry failed).

    Raised at the end of the job, after whatever was posted has been recorded, so RQ
    records the job as failed with this reason; the job never retries after it.
    """


class BriefError(BriefbotError):
    """A link could not be briefed; ``user_message`` is safe to show in Slack."""

    code: ClassVar[str] = "brief_failed"
    default_user_message: ClassVar[str] = "Sorry, I couldn't brief that link."
    #: Whether trying again later may succeed (timeouts, 5xx, connection errors).
    retryable_by_default: ClassVar[bool] = False

    def __init__(self, message: str, *, user_message: str | None = None, retryable: bool | None = None) -> None:
        super().__init__(message)
        self.user_message = user_message or self.default_user_message
        self.retryable = self.retryable_by_default if retryable is None else retryable

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": str(self),
            "user_message": self.user_message,
            "retryable": self.retryable,
        }


class FetchError(BriefError):
    code = "fetch_failed"
    default_user_message = "I couldn't fetch that page."


class InvalidURL(FetchError):
    code = "invalid_url"
    default_user_message = "That doesn't look like a web link I can open (it must start with http:// or https://)."


class BlockedHost(FetchError):
    code = "blocked_host"
    default_user_message = "That link points to a private or internal address, so I won't open it."


class FetchTimeout(FetchError):
    code = "timeout"
    default_user_message = "That site took too long to answer. Try again in a few minutes."
    retryable_by_default = True


class ConnectionFailed(FetchError):
    code = "connection_failed"
    default_user_message = "I couldn't connect to that site (it may be down, or the address may be wrong)."
    retryable_by_default = True


class TooManyRedirects(FetchError):
    code = "too_many_redirects"
    default_user_message = "That link redirects too many times."


class HTTPStatusError(FetchError):
    code = "http_status"
    default_user_message = "That site answered with an error."

    def __init__(self, message: str, *, status_code: int = 0, **kwargs: Any) -> None:
        if "user_message" not in kwargs or kwargs["user_message"] is None:
            kwargs["user_message"] = _status_message(status_code)
        if kwargs.get("retryable") is None:
            kwargs["retryable"] = status_code >= 500 or status_code == 429
        super().__init__(message, **kwargs)
        self.status_code = status_code

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "status_code": self.status_code}


def _status_message(status_code: int) -> str:
    if status_code in (401, 402, 403):
        return f"That site refused to let me read the page (HTTP {status_code}); it may be behind a paywall or login."
    if status_code in (404, 410):
        return f"That page doesn't exist (HTTP {status_code})."
    if status_code == 429:
        return "That site is rate-limiting me (HTTP 429). Try again in a few minutes."
    if status_code >= 500:
        return f"That site is having trouble (HTTP {status_code}). Try again later."
    return f"That site answered with an error (HTTP {status_code})."


class TooLarge(FetchError):
    code = "too_large"
    default_user_message = "That page is too large for me to read."


class NotAnArticle(FetchError):
    code = "not_an_article"
    default_user_message = "That link isn't a web page I can read."

    def __init__(self, message: str, *, content_type: str = "", **kwargs: Any) -> None:
        if kwargs.get("user_message") is None:
            kwargs["user_message"] = _content_type_message(content_type)
        super().__init__(message, **kwargs)
        self.content_type = content_type

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "content_type": self.content_type}


def _content_type_message(content_type: str) -> str:
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/pdf":
        return "That link is a PDF, not an article page. I can only brief web articles for now."
    if kind.startswith("image/"):
        return "That link is an image, not an article."
    if kind.startswith(("video/", "audio/")):
        return "That link is a video or audio file, not an article."
    if "json" in kind or ("xml" in kind and "xhtml" not in kind):
        return "That link is data (not an article page)."
    return f"That link isn't an article page (it's {kind or 'an unknown type'})."


class ExtractError(BriefError):
    code = "extract_failed"
    default_user_message = "I couldn't find an article on that page."


class ThinContent(ExtractError):
    code = "thin_content"
    default_user_message = (
        "That page has too little text to brief; it may be behind a paywall or need JavaScript to show the article."
    )


class SummariseError(BriefError):
    code = "summarise_failed"
    default_user_message = "Something went wrong while summarising that article."


class TooComplex(BriefError):
    """The page would take longer to brief than the per-brief time budget allows.

    Final, not retryable: the same page costs the same next time, so the failure is
    cached and a re-paste is answered at once instead of pinning a worker again.
    """

    code = "too_complex"
    default_user_message = "This page is too long or complex for me to brief."


_BY_CODE: dict[str, type[BriefError]] = {
    cls.code: cls
    for cls in (
        BriefError,
        FetchError,
        InvalidURL,
        BlockedHost,
        FetchTimeout,
        ConnectionFailed,
        TooManyRedirects,
        HTTPStatusError,
        TooLarge,
        NotAnArticle,
        ExtractError,
        ThinContent,
        SummariseError,
        TooComplex,
    )
}


def error_from_dict(data: dict[str, Any]) -> BriefError:
    """Rebuild an error stored by ``BriefError.to_dict`` (failure cache, job results)."""
    cls = _BY_CODE.get(str(data.get("code")), BriefError)
    kwargs: dict[str, Any] = {"user_message": data.get("user_message"), "retryable": data.get("retryable")}
    if cls is HTTPStatusError:
        kwargs["status_code"] = int(data.get("status_code") or 0)
    if cls is NotAnArticle:
        kwargs["content_type"] = str(data.get("content_type") or "")
    return cls(str(data.get("message") or cls.default_user_message), **kwargs)
