"""Chinese questions, answered from templates by the named queries."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from api import ask as engine
from api.deps import get_async_store
from api.models import AskAnswer, AskForm, AskUnrecognised
from graph.store import AsyncStore

router = APIRouter(tags=["ask"])


@router.get("/ask", response_model=AskAnswer, responses={422: {"model": AskUnrecognised}})
async def ask(q: str = Query(..., min_length=2, max_length=200, description="A question, e.g. 谁主持了述职评议暨工作总结大会"),
              store: AsyncStore = Depends(get_async_store)):
    """Answers questions of the supported forms (see /ask/forms) with the answer, the form
    matched, the named Cypher query run with its parameters, the rows and the evidence.
    A question of no supported form gets 422 with the list of forms."""
    try:
        result = await engine.ask(store, q)
    except engine.Unrecognised as exc:
        body = AskUnrecognised(detail=f"unsupported question: {exc}", supported=engine.supported())
        return JSONResponse(status_code=422, content=body.model_dump())
    return AskAnswer(question=q, **result)


@router.get("/ask/forms", response_model=list[AskForm])
async def forms() -> list[AskForm]:
    """The question forms /ask understands, with examples."""
    return [AskForm(**f) for f in engine.supported()]
