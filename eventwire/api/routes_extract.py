"""``POST /extract``: records of one article, nothing stored."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.security import HTTPAuthorizationCredentials

from ..errors import EventwireError
from ..schema import Record
from .context import AppContext, merge_options
from .errors import WRITE_ERRORS
from .models import ExtractRequest, ExtractResponse
from .security import bearer, check_token


def extract_router(ctx: AppContext) -> APIRouter:
    router = APIRouter()

    @router.post("/extract", response_model=ExtractResponse, tags=["extract"], responses=WRITE_ERRORS,
                 summary="Extract records from one article (nothing is stored)",
                 description="Give the article's `text`, or a `url` for the server to fetch. When the server has "
                             "a token, fetching a URL needs it (the server should not fetch pages for anyone).")
    def extract(body: ExtractRequest, creds: Annotated[HTTPAuthorizationCredentials | None,
                                                       Depends(bearer())] = None) -> ExtractResponse:
        if body.text is None:
            check_token(ctx.token, creds, "fetching a URL")
        opts = merge_options(ctx.options, body.options)
        item = ctx.to_input(body)
        records: list[Record] = []
        for _, result in ctx.run_pipeline([item], opts):
            if isinstance(result, EventwireError):
                raise result
            records.append(result)
        return ExtractResponse(records=records)

    return router
