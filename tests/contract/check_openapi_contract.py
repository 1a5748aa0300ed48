#!/usr/bin/python3
"""Contract test: check a running tessera-sandbox against Ashby's published OpenAPI document.

Usage: --spec ashby-openapi.yml (--base-url http://127.0.0.1:PORT --key-file KEY | --self-test)
Each request body is validated against its requestBody schema, each HTTP 200 JSON reply against
responses.200 (its success branch, or for logical-error cases the branch defining errorInfo).
Needs only the stdlib, python3-jsonschema (>= 4.10) and python3-yaml.
"""
import argparse
import base64
import http.client
import itertools
import json
import re
import sys
import time
import urllib.error
import urllib.request
import uuid
from urllib.parse import urlsplit

import yaml
from jsonschema import Draft202012Validator, FormatChecker, RefResolver
from jsonschema.exceptions import SchemaError, best_match

OPENAPI_ONLY = {"nullable", "example", "xml", "externalDocs", "discriminator"}
SCHEMA_MAPS = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
SCHEMA_LISTS = {"allOf", "anyOf", "oneOf", "prefixItems"}
SCHEMA_VALUES = {"items", "additionalProperties", "additionalItems", "not", "contains", "if", "then",
                 "else", "propertyNames", "unevaluatedItems", "unevaluatedProperties"}
DATE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$", re.IGNORECASE)


def resolve_pointer(doc, ref):
    node = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


class Converter:
    """OpenAPI schema objects -> JSON Schema 2020-12. nullable: true wraps the converted schema
    as anyOf[{type: null}, schema], correct next to type, enum, $ref siblings and allOf/oneOf alike.
    oneOf becomes anyOf unless strict_oneof (Ashby's custom-field oneOf lists `type: string` four
    times). OpenAPI-only keywords go; only schema positions are walked, so a property named
    "example" survives. Local $refs become "urn:openapi:N" naming the converted copy of their
    target: Ashby points deep into other operations ('.../oneOf/0/allOf/1'), pointers that would
    break once oneOf or a nullable wrapper reshapes the tree."""

    def __init__(self, doc, strict_oneof=False):
        self.doc, self.strict_oneof = doc, strict_oneof
        self.converted = {}  # id(raw schema) -> converted schema
        self.refs = {}  # local JSON pointer -> urn

    def schema(self, node):
        if not isinstance(node, dict):
            return node
        if id(node) not in self.converted:
            self.converted[id(node)] = self._convert(node)
        return self.converted[id(node)]

    def store(self):
        """urn -> converted target, for RefResolver(store=...). Converting targets may add refs."""
        store = {}
        while len(store) < len(self.refs):
            for pointer, urn in list(self.refs.items()):
                store.setdefault(urn, self.schema(resolve_pointer(self.doc, pointer)))
        return store

    def _convert(self, node):
        out = {}
        for key, value in node.items():
            if key in OPENAPI_ONLY:
                continue
            if key == "$ref" and isinstance(value, str) and value.startswith("#/"):
                out[key] = self.refs.setdefault(value, f"urn:openapi:{len(self.refs)}")
            elif key in SCHEMA_MAPS and isinstance(value, dict):
                if isinstance(value.get("$ref"), str):  # Ashby quirk: `properties: {$ref: <properties map>}`
                    extra = {k: v for k, v in value.items() if k != "$ref"}
                    value = dict(resolve_pointer(self.doc, value["$ref"]), **extra)
                out[key] = {name: self.schema(sub) for name, sub in value.items()}
            elif key in SCHEMA_LISTS and isinstance(value, list):
                subs = [self.schema(sub) for sub in value]
                if key == "oneOf" and not self.strict_oneof:
                    key, subs = ("allOf", [{"anyOf": subs}]) if "anyOf" in node else ("anyOf", subs)
                out.setdefault(key, []).extend(subs)
            elif key in SCHEMA_VALUES:
                out[key] = [self.schema(sub) for sub in value] if isinstance(value, list) else self.schema(value)
            else:
                out[key] = value
        for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
            if isinstance(out.get(exclusive), bool) and out.pop(exclusive) and bound in out:
                out[exclusive] = out.pop(bound)
        return {"anyOf": [{"type": "null"}, out]} if node.get("nullable") is True else out

    def document(self):
        """The document with every schema (under a "schema" key or in components.schemas) converted."""
        def walk(node, key=None):
            if key == "schema" and isinstance(node, dict):
                return self.schema(node)
            if isinstance(node, dict):
                return {k: v if k in ("example", "examples") else walk(v, k) for k, v in node.items()}
            return [walk(v) for v in node] if isinstance(node, list) else node
        out = walk(self.doc)
        for name, raw in self.doc.get("components", {}).get("schemas", {}).items():
            out["components"]["schemas"][name] = self.schema(raw)
        return out


def describe(error):
    error = best_match([error])  # descend into anyOf context to the most specific cause
    path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return f"{path}: {error.message if len(error.message) <= 160 else error.message[:157] + '...'}"


class Contract:
    def __init__(self, raw_doc, strict_oneof=False):
        converter = Converter(raw_doc, strict_oneof)
        self.doc = converter.document()
        self.resolver = RefResolver("", self.doc, store=converter.store())
        self.formats = FormatChecker()  # uuid, email... built in; add RFC 3339 date-time and uri
        self.formats.checks("date-time")(lambda v: not isinstance(v, str) or bool(DATE_TIME.match(v)))
        self.formats.checks("uri")(lambda v: not isinstance(v, str) or bool(urlsplit(v).scheme))

    def has(self, method):
        return "/" + method in self.doc.get("paths", {})

    def request_schema(self, method):
        body = self.doc["paths"]["/" + method]["post"].get("requestBody", {})
        return body.get("content", {}).get("application/json", {}).get("schema")

    def response_schemas(self, method):
        """(success schema, error schema or None), split out of responses.200."""
        responses = self.doc["paths"]["/" + method]["post"]["responses"]
        content = (responses.get("200") or responses[200]).get("content")
        if not content:  # e.g. assessment.update: the document gives no body, only the envelope
            return None, None
        schema = content["application/json"]["schema"]
        branches = schema.get("oneOf") or schema.get("anyOf") or [schema]
        errors = [b for b in branches if self._is_error_branch(b)]
        pick = lambda bs: None if not bs else bs[0] if len(bs) == 1 else {"anyOf": bs}  # noqa: E731
        return pick([b for b in branches if b not in errors]), pick(errors)

    def _is_error_branch(self, schema, depth=0):
        if "$ref" in schema:
            schema = self.resolver.resolve(schema["$ref"])[1]
        return "errorInfo" in schema.get("properties", {}) or depth < 4 and any(
            self._is_error_branch(sub, depth + 1) for sub in schema.get("allOf", []))

    def errors(self, schema, instance, limit=3):
        if schema is None:
            return []
        validator = Draft202012Validator(schema, resolver=self.resolver, format_checker=self.formats)
        return [describe(e) for e in itertools.islice(validator.iter_errors(instance), limit)]

    def all_schemas(self, node=None, where="#"):
        for key, value in (self.doc if node is None else node).items():
            if key == "schema" and isinstance(value, dict):
                yield where, value
            elif isinstance(value, dict) and key not in ("example", "examples"):
                yield from self.all_schemas(value, f"{where}/{key}")


class CallError(Exception):
    pass


class Client:
    def __init__(self, base_url, api_key, timeout=15):
        token = base64.b64encode(f"{api_key}:".encode()).decode()
        self.base_url, self.timeout = base_url.rstrip("/"), timeout
        self.headers = {"Authorization": f"Basic {token}", "Content-Type": "application/json"}

    def post(self, method, body):
        url = f"{self.base_url}/{method}"
        request = urllib.request.Request(url, json.dumps(body).encode(), self.headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                status, raw = response.status, response.read()
        except urllib.error.HTTPError as err:
            status, raw = err.code, err.read()
        except (OSError, http.client.HTTPException) as err:  # refused, reset, timeout, bad HTTP
            raise CallError(f"network error calling {url}: {getattr(err, 'reason', err)}") from None
        if status != 200:
            raise CallError(f"HTTP {status} (expected 200): {raw[:200].decode(errors='replace')}")
        try:
            return json.loads(raw)
        except ValueError:
            raise CallError(f"body is not JSON: {raw[:120]!r}") from None


class Runner:
    def __init__(self, contract, client=None):
        self.contract, self.client = contract, client
        self.passed = self.failed = 0

    def record(self, label, problems):
        self.passed, self.failed = self.passed + (not problems), self.failed + bool(problems)
        print(f"FAIL {label}: " + "; ".join(problems[:3]) if problems else f"PASS {label}")

    def require(self, label, value, source):
        if not value:
            self.record(label, [f"cannot run: nothing usable came back from {source}"])
        return value

    def exchange(self, method, body, expect_error=False, check=None):
        """POST and validate; returns (reply if its success flag was as expected, problems)."""
        problems = [f"request {p}" for p in self.contract.errors(self.contract.request_schema(method), body)]
        try:
            reply = self.client.post(method, body)
        except CallError as err:
            return None, problems + [str(err)]
        ok_schema, error_schema = self.contract.response_schemas(method)
        success = isinstance(reply, dict) and reply.get("success") is True
        if expect_error:
            if success or not isinstance(reply, dict) or "errorInfo" not in reply:
                problems.append("expected success:false with errorInfo")
            problems += self.contract.errors(error_schema, reply)
        elif not success:
            problems.append(f"expected success:true, got {json.dumps(reply)[:200]}")
        else:
            problems += self.contract.errors(ok_schema, reply) + (check(reply) if check else [])
        return (reply if success != expect_error else None), problems

    def call(self, method, body, note="", **kwargs):
        label = f"{method} ({note})" if note else method
        if not self.contract.has(method):
            print(f"SKIP {label}: not in the OpenAPI document (a sandbox extension, documented elsewhere)")
            return None
        reply, problems = self.exchange(method, body, **kwargs)
        self.record(label, problems)
        return reply

    def expect(self, label, schema, instance, valid, contract=None):
        """Self-test: instance must (not) validate against schema."""
        errors = (contract or self.contract).errors(schema, instance)
        self.record(label, [] if bool(errors) != valid else errors or ["unexpectedly valid"])


def rows(reply):
    results = (reply or {}).get("results")
    return [r for r in results if isinstance(r, dict)] if isinstance(results, list) else []


def first_id(reply):
    return next((r.get("id") for r in rows(reply)), None)


def result(reply):
    found = (reply or {}).get("results")
    return found if isinstance(found, dict) else {}


def includes(wanted, what):
    return lambda reply: [] if wanted in {r.get("id") for r in rows(reply)} else [f"results lack {what} {wanted}"]


def check_jobs_and_plans(run):
    run.call("apiKey.info", {})
    job_id = first_id(run.call("job.list", {"limit": 100}))
    if run.require("job.info, jobInterviewPlan.info", job_id, "job.list"):
        run.call("job.info", {"id": job_id, "expand": ["location", "openings"]})
        run.call("jobInterviewPlan.info", {"jobId": job_id})
    plan_id = first_id(run.call("interviewPlan.list", {"includeArchived": False}))
    if run.require("interviewStage.list", plan_id, "interviewPlan.list"):
        stage_id = first_id(run.call("interviewStage.list", {"interviewPlanId": plan_id}))
        if run.require("interviewStage.info", stage_id, "interviewStage.list"):
            run.call("interviewStage.info", {"interviewStageId": stage_id})
    run.call("interviewStageGroup.list", {})


def drain_for_sync_token(run, label="candidate.list (all pages, for syncToken)"):
    problems, body = [], {"limit": 100}
    for _ in range(100):
        reply, found = run.exchange("candidate.list", body)
        problems += found
        if reply is None:
            break
        if not reply.get("moreDataAvailable"):
            token = reply.get("syncToken")
            run.record(label, problems + ([] if token else ["last page carries no syncToken"]))
            return token
        if not isinstance(reply.get("nextCursor"), str):
            problems.append("moreDataAvailable is true but there is no nextCursor")
            break
        body = {"limit": 100, "cursor": reply["nextCursor"]}
    else:
        problems.append("still moreDataAvailable after 100 pages")
    run.record(label, problems)
    return None


def check_candidates(run):
    page1 = run.call("candidate.list", {"limit": 2}, "page 1, limit 2")
    cursor = page1.get("nextCursor") if page1 and page1.get("moreDataAvailable") else None
    if run.require("candidate.list (page 2 via nextCursor)", cursor, "page 1 (seed 3+ candidates)"):
        seen = {r.get("id") for r in rows(page1)}
        run.call("candidate.list", {"limit": 2, "cursor": cursor}, "page 2 via nextCursor",
                 check=lambda r: [f"page 2 repeats {i}" for i in seen & {x.get("id") for x in rows(r)}])
    sync_token = drain_for_sync_token(run)
    known = (rows(page1) or [{}])[0]
    if run.require("candidate.info", known.get("id"), "candidate.list"):
        run.call("candidate.info", {"id": known["id"]})

    tag = f"{int(time.time())}-{uuid.uuid4().hex[:6]}"
    email = f"contract-{tag}@example.com"
    new_id = result(run.call("candidate.create", {"name": f"Contract Test {tag}", "email": email})).get("id")
    if run.require("candidate.update, candidate.createNote, candidate.listNotes", new_id, "candidate.create"):
        run.call("candidate.update", {"candidateId": new_id, "name": f"Contract Renamed {tag}"})
        note = run.call("candidate.createNote", {"candidateId": new_id, "sendNotifications": False,
                                                 "note": {"type": "text/plain", "value": f"note {tag}"}})
        run.call("candidate.listNotes", {"candidateId": new_id}, check=includes(result(note).get("id"), "note"))

    known_email = (known.get("primaryEmailAddress") or {}).get("value")
    run.call("candidate.search", {"email": known_email or email}, "by email",
             check=includes(known["id"] if known_email else new_id, "candidate"))
    if known.get("name"):
        run.call("candidate.search", {"name": known["name"]}, "by name", check=includes(known["id"], "candidate"))
    if run.require("candidate.list (incremental via syncToken)", sync_token, "the last candidate.list page"):
        run.call("candidate.list", {"syncToken": sync_token}, "incremental via syncToken",
                 check=includes(new_id, "candidate created after the token") if new_id else None)


def check_applications(run):
    apps = rows(run.call("application.list", {"limit": 100}))
    app_id = next((a.get("id") for a in apps if a.get("status") == "Active"), first_id({"results": apps}))
    if not run.require("application.info, listHistory, changeStage", app_id, "application.list"):
        return
    current = result(run.call("application.info", {"applicationId": app_id})).get("currentInterviewStage") or {}
    run.call("application.listHistory", {"applicationId": app_id})
    if run.require("application.changeStage", current.get("interviewPlanId"), "application.info"):
        stages = rows(run.call("interviewStage.list", {"interviewPlanId": current["interviewPlanId"]},
                               "the application's plan"))
        targets = sorted((s for s in stages if s.get("type") != "Archived" and s.get("id") != current.get("id")),
                         key=lambda s: s.get("type") == "Hired")  # prefer not to hire
        if run.require("application.changeStage", targets, "interviewStage.list (2+ non-Archived stages)"):
            target = targets[0]["id"]

            def moved(reply):
                now = (result(reply).get("currentInterviewStage") or {}).get("id")
                return [] if now == target else [f"currentInterviewStage.id is {now}, expected {target}"]
            run.call("application.changeStage", {"applicationId": app_id, "interviewStageId": target}, check=moved)
    run.call("application.changeStage", {"applicationId": app_id, "interviewStageId": str(uuid.uuid4())},
             "unknown interviewStageId", expect_error=True)


def check_offers_and_org(run):
    for list_method, info_method, key, body in (
            ("offer.list", "offer.info", "offerId", {"limit": 100}),
            ("department.list", "department.info", "departmentId", {"includeArchived": False}),
            ("user.list", "user.info", "userId", {"limit": 100})):
        found = first_id(run.call(list_method, body))
        if run.require(info_method, found, list_method):
            run.call(info_method, {key: found})
    run.call("customField.list", {})
    run.call("archiveReason.list", {"includeArchived": False})
    unknown = str(uuid.uuid4())
    run.call("candidate.info", {"id": unknown}, "unknown id", expect_error=True)
    run.call("job.info", {"id": unknown}, "unknown id", expect_error=True)
    run.call("offer.info", {"offerId": unknown}, "unknown id", expect_error=True)
    waiting = first_id(run.call("offer.list", {"approvalStatus": ["WaitingOnApprovals"], "limit": 100},
                                "waiting on approval"))
    if run.require("offer.approve", waiting, "offer.list (waiting on approval)"):
        offer = result(run.call("offer.info", {"offerId": waiting}))
        version_id = (offer.get("latestVersion") or {}).get("id")

        def approved(reply):
            status = ((result(reply).get("latestVersion") or {}).get("approvalStatus"))
            return [] if status == "Approved" else [f"latestVersion.approvalStatus is {status}"]
        run.call("offer.approve", {"offerVersionId": version_id}, check=approved)
    run.call("offer.approve", {"offerVersionId": unknown}, "unknown id", expect_error=True)


def check_webhooks(run):
    # The receiver does not exist: the ping fails later and disables it; the shapes still count.
    created = run.call("webhook.create", {"webhookType": "applicationUpdate",
                                          "requestUrl": "http://127.0.0.1:9/hook",
                                          "secretToken": "contract-secret"})
    webhook_id = result(created).get("id")
    if run.require("webhook.info, webhook.update, webhook.delete", webhook_id, "webhook.create"):
        run.call("webhook.info", {"webhookId": webhook_id},
                 check=lambda reply: ["webhook.info returned the secret"]
                 if "secretToken" in result(reply) else [])
        run.call("webhook.update", {"webhookId": webhook_id, "enabled": False})
        run.call("webhook.delete", {"webhookId": webhook_id})
    run.call("webhook.info", {"webhookId": str(uuid.uuid4())}, "unknown id", expect_error=True)


def raw_post(base_url, key, method, body):
    """(HTTP status, parsed JSON or None) without raising on 4xx: the partner's refusals."""
    token = base64.b64encode(f"{key}:".encode()).decode()
    request = urllib.request.Request(f"{base_url.rstrip('/')}/{method}", json.dumps(body).encode(),
                                     {"Authorization": f"Basic {token}",
                                      "Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as err:
        status, raw = err.code, err.read()
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, None


def check_assessments(run):
    """assessment.update served by the ATS; assessment.list/start/cancel as the Justifacts
    stand-in implements them (Ashby calls the partner), each against the document."""
    status = {"identifier": "status", "label": "Status", "type": "string", "value": "Started"}
    run.call("assessment.update", {"assessment_id": str(uuid.uuid4()), "timestamp": 1665680638489,
                                   "assessment_status": status}, "unknown assessment_id",
             expect_error=True)
    try:  # the partner console is a sandbox extension: only --profile full has it
        issued = run.client.post("partnerConsole.justifacts.issueCredential", {})
    except CallError:
        issued = {}
    if not issued.get("success"):
        print("SKIP assessment.list/start/cancel: no partner console in this profile")
        return
    run.client.post("partnerConsole.justifacts.connect", {"atsApiKey": run.api_key})
    credential = issued["results"]["credentialKey"]
    partner = Client(issued["results"]["stagingBaseUrl"], credential)
    ats, run.client = run.client, partner
    try:
        packages = run.call("assessment.list", {})
        type_id = next((r.get("assessment_type_id") for r in rows(packages)), None)
        candidate_id = str(uuid.uuid4())
        start = {"assessment_type_id": type_id or "6b1f0d2a-3c4e-4f5a-9b6c-7d8e9f0a1b01",
                 "candidate": {"ashby_id": candidate_id, "first_name": "Ada", "last_name": "Lovelace",
                               "email": "ada@example.com",
                               "ashby_profile_url": "https://app.ashbyhq.com/candidates/1"},
                 "application": {"ashby_id": str(uuid.uuid4()), "status": "Active"},
                 "job": {"ashby_id": str(uuid.uuid4()), "name": "Engineer",
                         "ashby_job_url": "https://app.ashbyhq.com/jobs/1"}}
        started = run.call("assessment.start", start)
        assessment_id = result(started).get("assessment_id")
        for label, body, expected in (
                ("assessment.start (already being assessed: 409)", start, 409),
                ("assessment.start (unknown package: 422 with message)",
                 dict(start, assessment_type_id="no-such-package",
                      candidate=dict(start["candidate"], ashby_id=str(uuid.uuid4()))), 422)):
            code, body_back = raw_post(partner.base_url, credential, "assessment.start", body)
            problems = [] if code == expected else [f"HTTP {code}, expected {expected}"]
            if expected == 422:
                schema = run.contract.doc["paths"]["/assessment.start"]["post"]["responses"]["422"][
                    "content"]["application/json"]["schema"]
                problems += run.contract.errors(schema, body_back)
            run.record(label, problems)
        if run.require("assessment.cancel", assessment_id, "assessment.start"):
            run.call("assessment.cancel", {"assessment_id": assessment_id})
    finally:
        run.client = ats


def self_test(run):
    problems, schemas = [], list(run.contract.all_schemas())
    for where, schema in schemas:
        try:
            Draft202012Validator.check_schema(schema)
        except SchemaError as err:
            problems.append(f"{where} {describe(err)}")
    run.record(f"all {len(schemas)} converted schemas pass the 2020-12 meta-schema", problems)
    mini = Contract({"components": {"schemas": {
        "Stage": {"type": "string", "enum": ["A", "B"]},
        "Holder": {"type": "object", "properties": {
            "plain": {"type": "string", "nullable": True, "example": "x"},
            "ref": {"$ref": "#/components/schemas/Stage", "nullable": True},
            "enum": {"type": "string", "enum": ["x"], "nullable": True},
            "combo": {"allOf": [{"$ref": "#/components/schemas/Stage"}], "nullable": True},
            "example": {"type": "integer"}}}}}})
    holder = mini.doc["components"]["schemas"]["Holder"]
    run.expect("nullable type/$ref/enum/allOf accept null", holder,
               {"plain": None, "ref": None, "enum": None, "combo": None, "example": 1}, True, mini)
    run.expect("nullable $ref still checks its enum", holder, {"ref": "C"}, False, mini)
    run.expect("nullable allOf still checks its enum", holder, {"combo": "C"}, False, mini)
    run.expect("property named 'example' is kept", holder, {"example": "one"}, False, mini)

    email = {"value": "ada@example.com", "type": "Personal", "isPrimary": True}
    candidate = {"id": "1b3d6c9e-8a4f-4e2b-9c1d-0f5e7a2b3c4d", "name": "Ada Lovelace", "fraudStatus": None,
                 "createdAt": "2024-05-01T12:00:00.000Z", "profileUrl": "https://app.ashbyhq.com/c/1",
                 "emailAddresses": [email], "primaryEmailAddress": email, "phoneNumbers": [], "socialLinks": [],
                 "tags": [], "applicationIds": [], "fileHandles": [],
                 "customFields": [{"id": "7e0c9a52-3f61-4b8e-a1d4-5c2b9e8f7a60", "title": "Pronouns", "value": "she"}]}
    page = {"success": True, "results": [candidate], "moreDataAvailable": True, "nextCursor": "c2", "syncToken": "s1"}
    ok, error = run.contract.response_schemas("candidate.list")
    run.expect("candidate.list good page", ok, page, True)
    run.expect("candidate.list missing required profileUrl", ok,
               dict(page, results=[{k: v for k, v in candidate.items() if k != "profileUrl"}]), False)
    run.expect("candidate.list wrong enum", ok,
               dict(page, results=[dict(candidate, emailAddresses=[dict(email, type="Home")])]), False)
    run.expect("candidate.list bad uuid format", ok, dict(page, results=[dict(candidate, id="42")]), False)
    run.expect("candidate.list nextCursor must not be null", ok, dict(page, nextCursor=None), False)
    error_body = {"success": False, "errors": ["not_found"], "errorInfo": {"code": "not_found"}}
    run.expect("error body good", error, error_body, True)
    run.expect("error body without errorInfo.code", error, dict(error_body, errorInfo={"message": "x"}), False)
    request = run.contract.request_schema("candidate.list")
    run.expect("candidate.list request good", request, {"limit": 2, "cursor": "c2"}, True)
    run.expect("candidate.list request bad limit", request, {"limit": "two"}, False)
    run.expect("changeStage request missing interviewStageId", run.contract.request_schema(
        "application.changeStage"), {"applicationId": candidate["id"]}, False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--spec", required=True)
    parser.add_argument("--base-url")
    parser.add_argument("--key-file")
    parser.add_argument("--self-test", action="store_true", help="check the schema conversion offline")
    parser.add_argument("--strict-oneof", action="store_true", help="keep oneOf strict (rejects real Ashby data)")
    args = parser.parse_args()
    if not args.self_test and not (args.base_url and args.key_file):
        parser.error("--base-url and --key-file are required unless --self-test is given")
    try:
        with open(args.spec, encoding="utf-8") as spec:
            raw_doc = yaml.safe_load(spec)
        if not args.self_test:
            with open(args.key_file, encoding="utf-8") as key_file:
                api_key = key_file.read().strip()
    except (OSError, yaml.YAMLError) as err:
        parser.error(str(err))
    run = Runner(Contract(raw_doc, args.strict_oneof))
    if args.self_test:
        self_test(run)
    else:
        run.client, run.api_key = Client(args.base_url, api_key), api_key
        for scenario in (check_jobs_and_plans, check_candidates, check_applications,
                         check_offers_and_org, check_webhooks, check_assessments):
            scenario(run)
    print(f"{run.passed} passed, {run.failed} failed")
    return 0 if run.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
