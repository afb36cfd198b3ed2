"""The one table of requests this server answers, and running one: a request it does not know
gets status 204 (the connection stays); a failure gets its status and a comment, never a traceback."""

from __future__ import annotations

import logging
import platform
from typing import Any

from studio.live.settings import ShowSettingError
from studio.live.show import ShowError
from studio.remote.errors import RequestFailed, shown
from studio.remote.messages import RequestResult
from studio.remote.protocol import OBS_STUDIO_VERSION, OBS_WEBSOCKET_VERSION, RPC_VERSION, VENDOR_NAME, RequestStatus
from studio.remote.requests import general, inputs, outputs, scene_items, scenes
from studio.remote.requests.context import Handler, RequestContext
from studio.remote.requests.fields import Fields
from studio.remote.vendor import VENDOR_REQUESTS

log = logging.getLogger(__name__)

PLATFORMS = {"Windows": "windows", "Darwin": "macos", "Linux": "linux"}
BATCH_ONLY = "Sleep"  # answered by the session, which paces the batch


def get_version(_: RequestContext, __: Fields) -> dict[str, Any]:
    return {"obsVersion": OBS_STUDIO_VERSION, "obsWebSocketVersion": OBS_WEBSOCKET_VERSION, "rpcVersion": RPC_VERSION,
            "availableRequests": [*REQUESTS, BATCH_ONLY], "supportedImageFormats": [],
            "platform": PLATFORMS.get(platform.system(), platform.system().lower()),
            "platformDescription": platform.platform()}


def call_vendor_request(context: RequestContext, fields: Fields) -> dict[str, Any]:
    vendor, request_type = fields.text("vendorName"), fields.text("requestType")
    if vendor != VENDOR_NAME:
        raise RequestFailed(RequestStatus.RESOURCE_NOT_FOUND, f"vendorName {shown(vendor)}: the only vendor is {VENDOR_NAME}")
    handler = VENDOR_REQUESTS.get(request_type)
    if handler is None:
        raise RequestFailed(RequestStatus.RESOURCE_NOT_FOUND, f"requestType {shown(request_type)}: the {VENDOR_NAME} "
                            f"vendor answers {', '.join(VENDOR_REQUESTS)}")
    answer = handler(context, Fields(fields.optional_mapping("requestData")))
    return {"vendorName": vendor, "requestType": request_type, "responseData": answer or {}}


REQUESTS: dict[str, Handler] = {
    "GetVersion": get_version,
    **general.HANDLERS,
    **scenes.HANDLERS,
    **scene_items.HANDLERS,
    **inputs.HANDLERS,
    **outputs.HANDLERS,
    "CallVendorRequest": call_vendor_request,
}


def run_request(context: RequestContext, request_type: str, data: Any) -> RequestResult:
    handler = REQUESTS.get(request_type)
    if handler is None:
        if not request_type:
            return RequestResult(RequestStatus.MISSING_REQUEST_TYPE, "the request has no requestType")
        return RequestResult(RequestStatus.UNKNOWN_REQUEST_TYPE, f"{shown(request_type)} is not a request this server knows")
    try:
        return RequestResult(data=handler(context, Fields(data)))
    except RequestFailed as failure:
        return RequestResult(failure.status, failure.comment)
    except (ShowError, ShowSettingError) as error:
        return RequestResult(RequestStatus.RESOURCE_ACTION_FAILED, str(error))
    except Exception:
        log.exception("remote control: %s failed", request_type)
        return RequestResult(RequestStatus.REQUEST_PROCESSING_FAILED, f"{request_type} failed unexpectedly; the studio's log says why")
