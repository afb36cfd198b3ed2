"""The numbers and names obs-websocket 5 defines (its protocol.md), as typed values."""

from __future__ import annotations

import enum

RPC_VERSION = 1
OBS_STUDIO_VERSION = "30.2.2"  # the OBS release whose obs-websocket this server follows
OBS_WEBSOCKET_VERSION = "5.5.2"
JSON_SUBPROTOCOL = "obswebsocket.json"
MSGPACK_SUBPROTOCOL = "obswebsocket.msgpack"
VENDOR_NAME = "vitrina"


class OpCode(enum.IntEnum):
    HELLO = 0
    IDENTIFY = 1
    IDENTIFIED = 2
    REIDENTIFY = 3
    EVENT = 5
    REQUEST = 6
    REQUEST_RESPONSE = 7
    REQUEST_BATCH = 8
    REQUEST_BATCH_RESPONSE = 9


class CloseCode(enum.IntEnum):
    MESSAGE_DECODE_ERROR = 4002
    MISSING_DATA_FIELD = 4003
    INVALID_DATA_FIELD_TYPE = 4004
    INVALID_DATA_FIELD_VALUE = 4005
    UNKNOWN_OP_CODE = 4006
    NOT_IDENTIFIED = 4007
    ALREADY_IDENTIFIED = 4008
    AUTHENTICATION_FAILED = 4009
    UNSUPPORTED_RPC_VERSION = 4010
    SESSION_INVALIDATED = 4011
    GOING_AWAY = 1001  # the WebSocket's own: the studio is quitting
    TRY_AGAIN_LATER = 1013  # the WebSocket's own: a client that reads too slowly to keep up


class RequestStatus(enum.IntEnum):
    SUCCESS = 100
    MISSING_REQUEST_TYPE = 203
    UNKNOWN_REQUEST_TYPE = 204
    GENERIC_ERROR = 205
    UNSUPPORTED_REQUEST_BATCH_EXECUTION_TYPE = 206
    NOT_READY = 207
    MISSING_REQUEST_FIELD = 300
    MISSING_REQUEST_DATA = 301
    INVALID_REQUEST_FIELD = 400
    INVALID_REQUEST_FIELD_TYPE = 401
    REQUEST_FIELD_OUT_OF_RANGE = 402
    REQUEST_FIELD_EMPTY = 403
    TOO_MANY_REQUEST_FIELDS = 404
    OUTPUT_RUNNING = 500
    OUTPUT_NOT_RUNNING = 501
    STUDIO_MODE_ACTIVE = 505
    STUDIO_MODE_NOT_ACTIVE = 506
    RESOURCE_NOT_FOUND = 600
    INVALID_RESOURCE_STATE = 604
    RESOURCE_ACTION_FAILED = 701
    REQUEST_PROCESSING_FAILED = 702


class EventSubscription(enum.IntFlag):
    NONE = 0
    GENERAL = 1 << 0
    CONFIG = 1 << 1
    SCENES = 1 << 2
    INPUTS = 1 << 3
    TRANSITIONS = 1 << 4
    FILTERS = 1 << 5
    OUTPUTS = 1 << 6
    SCENE_ITEMS = 1 << 7
    MEDIA_INPUTS = 1 << 8
    VENDORS = 1 << 9
    UI = 1 << 10
    CANVASES = 1 << 11
    ALL = (GENERAL | CONFIG | SCENES | INPUTS | TRANSITIONS | FILTERS | OUTPUTS | SCENE_ITEMS | MEDIA_INPUTS
           | VENDORS | UI | CANVASES)
    INPUT_VOLUME_METERS = 1 << 16  # high volume: only when asked for


class BatchExecution(enum.IntEnum):
    SERIAL_REALTIME = 0
    SERIAL_FRAME = 1
    PARALLEL = 2  # run in order here too: every request is quick


class OutputState(enum.StrEnum):
    STARTING = "OBS_WEBSOCKET_OUTPUT_STARTING"
    STARTED = "OBS_WEBSOCKET_OUTPUT_STARTED"
    STOPPING = "OBS_WEBSOCKET_OUTPUT_STOPPING"
    STOPPED = "OBS_WEBSOCKET_OUTPUT_STOPPED"
    RECONNECTING = "OBS_WEBSOCKET_OUTPUT_RECONNECTING"
    RECONNECTED = "OBS_WEBSOCKET_OUTPUT_RECONNECTED"

    @property
    def active(self) -> bool:
        return self in (OutputState.STARTED, OutputState.RECONNECTED)  # as obs-websocket counts it
