#include "Migrations.h"

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Sandbox::Migrations {

namespace {

// Records are JSON documents ("doc") plus the columns that queries filter or order on.
// rid orders full syncs, seq orders incremental syncs.
QString documentTable(const QString &name, const QString &extraColumns = {})
{
    return u"CREATE TABLE %1 (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
           "seq INTEGER NOT NULL, created_ms INTEGER NOT NULL, %2 doc TEXT NOT NULL)"_s
        .arg(name, extraColumns);
}

QStringList version1()
{
    return {
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE api_keys (id TEXT PRIMARY KEY, key_hash BLOB NOT NULL UNIQUE, "
        "title TEXT NOT NULL, integration_partner TEXT, scopes TEXT NOT NULL, "
        "created_ms INTEGER NOT NULL, last_used_ms INTEGER, revoked_ms INTEGER)"_s,
        documentTable(u"organization"_s),
        documentTable(u"departments"_s, u"is_archived INTEGER NOT NULL DEFAULT 0,"_s),
        documentTable(u"users"_s, u"email TEXT, is_enabled INTEGER NOT NULL DEFAULT 1,"_s),
        documentTable(u"stage_groups"_s, u"ord INTEGER NOT NULL,"_s),
        documentTable(u"interview_plans"_s, u"is_archived INTEGER NOT NULL DEFAULT 0,"_s),
        documentTable(u"interview_stages"_s, u"plan_id TEXT NOT NULL, ord INTEGER NOT NULL,"_s),
        documentTable(u"jobs"_s, u"status TEXT NOT NULL,"_s),
        documentTable(u"candidates"_s, u"name TEXT NOT NULL, email TEXT,"_s),
        documentTable(u"applications"_s,
                      u"candidate_id TEXT NOT NULL, job_id TEXT NOT NULL, status TEXT NOT NULL,"_s),
        documentTable(u"application_history"_s,
                      u"application_id TEXT NOT NULL, entered_ms INTEGER NOT NULL,"_s),
        documentTable(u"offers"_s, u"application_id TEXT NOT NULL,"_s),
        documentTable(u"notes"_s, u"candidate_id TEXT NOT NULL,"_s),
        documentTable(u"custom_fields"_s, u"is_archived INTEGER NOT NULL DEFAULT 0,"_s),
        documentTable(u"archive_reasons"_s, u"is_archived INTEGER NOT NULL DEFAULT 0,"_s),
        u"CREATE INDEX candidates_seq ON candidates(seq)"_s,
        u"CREATE INDEX candidates_email ON candidates(email COLLATE NOCASE)"_s,
        u"CREATE INDEX applications_seq ON applications(seq)"_s,
        u"CREATE INDEX applications_candidate ON applications(candidate_id)"_s,
        u"CREATE INDEX applications_job ON applications(job_id)"_s,
        u"CREATE INDEX history_application ON application_history(application_id, entered_ms)"_s,
        u"CREATE INDEX offers_application ON offers(application_id)"_s,
        u"CREATE INDEX offers_seq ON offers(seq)"_s,
        u"CREATE INDEX notes_candidate ON notes(candidate_id, seq)"_s,
        u"CREATE INDEX jobs_seq ON jobs(seq)"_s,
        u"CREATE INDEX stages_plan ON interview_stages(plan_id, ord)"_s,
    };
}

// Outbound webhooks (sandbox/webhooks): subscriptions and one row per delivery attempt.
// Deleting a webhook marks it (is_deleted) so its delivery log stays readable.
QStringList version2()
{
    return {
        documentTable(u"webhooks"_s, u"webhook_type TEXT NOT NULL, "
                                     "enabled INTEGER NOT NULL DEFAULT 1, "
                                     "is_deleted INTEGER NOT NULL DEFAULT 0,"_s),
        documentTable(u"webhook_deliveries"_s,
                      u"webhook_id TEXT NOT NULL, action_id TEXT NOT NULL,"_s),
        u"CREATE INDEX webhooks_type ON webhooks(webhook_type, enabled, is_deleted)"_s,
        u"CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries(webhook_id, rid)"_s,
    };
}

// Marketplace integrations (sandbox/integrations): one row per integration an organisation has
// touched, keyed by the catalog id; the settings are in the document, never secrets.
QStringList version3()
{
    return {
        documentTable(u"integrations"_s, u"state TEXT NOT NULL, version INTEGER NOT NULL, "
                                         "updated_ms INTEGER NOT NULL,"_s),
    };
}

// Partner stand-ins (sandbox/partners): one document per partner with what it holds (keys,
// secrets, listeners, new hires). integration_private keeps what the ATS stores but never shows:
// credentials given with integration.update/enable and the last inbound partner webhook.
QStringList version4()
{
    return {
        documentTable(u"partner_states"_s),
        documentTable(u"integration_private"_s),
    };
}

// Field mappings (sandbox/mapping): one row per integration and target, id
// "<integrationId>:<target>"; the rows and the source types they were saved with are in the
// document.
QStringList version5()
{
    return {
        documentTable(u"field_mappings"_s, u"integration_id TEXT NOT NULL, target TEXT NOT NULL, "
                                           "version INTEGER NOT NULL, "
                                           "updated_ms INTEGER NOT NULL,"_s),
    };
}

// External workflows (Juro contract workflows): deleted ones stay, marked is_deleted.
QStringList version6()
{
    return {
        documentTable(u"external_workflows"_s,
                      u"integration_id TEXT NOT NULL, template_id TEXT NOT NULL, "
                      "version INTEGER NOT NULL, updated_ms INTEGER NOT NULL, "
                      "is_deleted INTEGER NOT NULL DEFAULT 0,"_s),
    };
}

// Idempotency-Key (docs/API.md §1.10): the first answer to a write, per API key, for 24 hours.
// The body is sealed with the data key (it may hold a new key's secret).
QStringList version7()
{
    return {
        u"CREATE TABLE idempotency_keys (api_key_id TEXT NOT NULL, idem_key TEXT NOT NULL, "
        "fingerprint BLOB NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL, "
        "created_ms INTEGER NOT NULL, PRIMARY KEY (api_key_id, idem_key))"_s,
        u"CREATE INDEX idempotency_keys_created ON idempotency_keys(created_ms)"_s,
    };
}

// Interview-plan activities (sandbox/plans): one row per plan, id = the plan's id, holding its
// whole activity list and its activity version, so every write replaces one row (atomic).
QStringList version8()
{
    return {
        documentTable(u"interview_plan_activities"_s,
                      u"version INTEGER NOT NULL, updated_ms INTEGER NOT NULL,"_s),
    };
}

// The status dashboard (issue 14): delivery attempts get real columns so filters, keyset pages
// and webhookDelivery.stats run on indexes over a million rows instead of parsing documents.
// status: delivered | failed | pending (failed, a retry is scheduled); reason: NULL when
// delivered, else http_4xx | http_5xx | http_3xx | timeout | connection_refused |
// connection_failed; integration_id: the partner whose /partners/<id>/ URL the webhook calls.
QStringList version9()
{
    return {
        u"ALTER TABLE webhook_deliveries ADD COLUMN status TEXT NOT NULL DEFAULT 'failed'"_s,
        u"ALTER TABLE webhook_deliveries ADD COLUMN reason TEXT"_s,
        u"ALTER TABLE webhook_deliveries ADD COLUMN latency_ms INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE webhook_deliveries ADD COLUMN integration_id TEXT"_s,
        u"ALTER TABLE webhook_deliveries ADD COLUMN action TEXT"_s,
        u"ALTER TABLE webhook_deliveries ADD COLUMN response TEXT"_s,
        u"UPDATE webhook_deliveries SET "
        "status = CASE WHEN json_extract(doc, '$.success') THEN 'delivered' ELSE 'failed' END, "
        "reason = CASE WHEN json_extract(doc, '$.success') THEN NULL "
        "WHEN json_extract(doc, '$.statusCode') >= 500 THEN 'http_5xx' "
        "WHEN json_extract(doc, '$.statusCode') >= 400 THEN 'http_4xx' "
        "WHEN json_extract(doc, '$.statusCode') >= 300 THEN 'http_3xx' "
        "WHEN json_extract(doc, '$.error') LIKE 'No answer within%' THEN 'timeout' "
        "ELSE 'connection_failed' END, "
        "latency_ms = coalesce(json_extract(doc, '$.latencyMs'), 0), "
        "action = json_extract(doc, '$.action'), "
        "response = json_extract(doc, '$.responseSnippet')"_s,
        u"CREATE INDEX webhook_deliveries_time ON webhook_deliveries"
        "(created_ms, reason, latency_ms)"_s,
        u"CREATE INDEX webhook_deliveries_webhook_time ON webhook_deliveries"
        "(webhook_id, created_ms, reason, latency_ms)"_s,
        u"CREATE INDEX webhook_deliveries_integration_time ON webhook_deliveries"
        "(integration_id, created_ms, reason, latency_ms)"_s,
        u"CREATE INDEX webhook_deliveries_status ON webhook_deliveries(status, rid)"_s,
        u"CREATE INDEX webhook_deliveries_integration ON webhook_deliveries(integration_id, rid)"_s,
        u"CREATE INDEX webhook_deliveries_action ON webhook_deliveries(action, rid)"_s,
    };
}

// Candidate activities (sandbox/activities): one row per started or manual activity of an
// application, e.g. a Justifacts check, its status history included.
QStringList version10()
{
    return {
        documentTable(u"candidate_activities"_s,
                      u"application_id TEXT NOT NULL, updated_ms INTEGER NOT NULL,"_s),
        u"CREATE INDEX candidate_activities_application ON candidate_activities(application_id)"_s,
    };
}

// Version 9 added integration_id but left it NULL on the rows it found. Backfill it as new
// rows get it (DeliveryLog::integrationOfUrl): the catalog id after /partners/ in the URL the
// attempt went to, or in its webhook's requestUrl when the attempt did not record one; the doc
// gets the same integrationId. The ids are the catalog's at this version. Also an index for
// activity.stats, which counts runs by their start (created_ms).
QStringList version11()
{
    const QString url = u"coalesce(json_extract(webhook_deliveries.doc, '$.requestUrl'), "
                        "(SELECT json_extract(w.doc, '$.requestUrl') FROM webhooks w "
                        "WHERE w.id = webhook_deliveries.webhook_id))"_s;
    const QString known = u"('juro', 'willo', 'humaans', 'sora', 'justifacts')"_s;
    return {
        // What follows /partners/, then up to the next '/', then only a catalog id.
        u"UPDATE webhook_deliveries SET integration_id = substr(%1, instr(%1, '/partners/') + 10) "
        "WHERE integration_id IS NULL AND instr(%1, '/partners/') > 0"_s.arg(url),
        u"UPDATE webhook_deliveries SET integration_id = substr(integration_id, 1, "
        "instr(integration_id, '/') - 1) WHERE instr(integration_id, '/') > 0"_s,
        u"UPDATE webhook_deliveries SET integration_id = NULL WHERE integration_id NOT IN %1"_s
            .arg(known),
        u"UPDATE webhook_deliveries SET doc = json_set(doc, '$.integrationId', integration_id) "
        "WHERE integration_id IS NOT NULL AND json_extract(doc, '$.integrationId') IS NULL"_s,
        u"CREATE INDEX candidate_activities_created ON candidate_activities(created_ms)"_s,
    };
}

// Failure reason filter (issue 14): webhookDelivery.list rows show status and reason, so the
// documents get the columns' values (a settled retry updates both). Two indexes keep a reason
// filter fast over a million attempts: (reason, rid) for keyset pages, and one that covers a
// redeliver dry run's count (reason, status, period, live webhook) without reading a row.
QStringList version12()
{
    return {
        u"UPDATE webhook_deliveries SET doc = json_set(doc, '$.status', status, '$.reason', reason)"_s,
        u"CREATE INDEX webhook_deliveries_reason ON webhook_deliveries(reason, rid)"_s,
        u"CREATE INDEX webhook_deliveries_reason_count ON webhook_deliveries"
        "(reason, status, created_ms, webhook_id)"_s,
    };
}

// Failed and pending attempts (issue 14): the console's failures panel always filters by one of
// them. A partial index over just those rows, in (status, rid) order and holding every other
// filtered column, serves its newest-first pages and its redeliver dry-run counts for any mix of
// reason, webhook, integration, event, period and text without reading a table row: at most
// the few percent of the log that failed, instead of a walk of a million rows that finds none.
// Its predicate must stay word for word DeliveryLog::unsentIndexPredicate.
QStringList version13()
{
    return {
        u"CREATE INDEX webhook_deliveries_unsent ON webhook_deliveries(status, rid, created_ms, "
        "webhook_id, integration_id, action, reason, response) WHERE status <> 'delivered'"_s,
    };
}

} // namespace

const QList<QStringList> &steps()
{
    static const QList<QStringList> all{version1(), version2(), version3(), version4(),
                                         version5(), version6(), version7(), version8(),
                                         version9(), version10(), version11(),
                                         version12(), version13()};
    return all;
}

} // namespace Tessera::Sandbox::Migrations
