"""The reference design's mock CRM, rebuilt as its README describes it, as a baseline for bench_server.py.

FastAPI + uvicorn, leads in a dict in memory, one CSV row appended to a file per request (no fsync,
nothing survives a crash), and uvicorn's access log on, as a user would run it. It serves only what the
bench drives: POST /crm/leads. Run: `python bench/reference_crm.py PORT DATA_DIR`. Needs the `bench`
extra (`pip install -e '.[bench]'`): fastapi and uvicorn are not dependencies of the CRM.
"""

from __future__ import annotations

import csv
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
leads: dict[str, dict[str, str | None]] = {}
CSV_PATH = Path(sys.argv[2] if len(sys.argv) > 2 else ".") / "crm_leads.csv"


class LeadIn(BaseModel):
    name: str
    phone: str
    city: str
    source: str | None = None


@app.post("/crm/leads")
def create_lead(lead: LeadIn) -> dict[str, str | None]:
    lead_id = str(uuid.uuid4())
    now = datetime.now(UTC).isoformat()
    record = {"lead_id": lead_id, **lead.model_dump(), "status": "NEW", "created_at": now}
    leads[lead_id] = record
    with open(CSV_PATH, "a", newline="") as handle:
        csv.writer(handle).writerow(record.values())
    return {"lead_id": lead_id, "status": "NEW"}


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]))
