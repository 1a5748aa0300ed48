// sandbox/mapping: TransformChain (validate and run) and MappingEvaluator over rows checked by
// MappingRows::parse, plus stored rows read without checks (MappingRows::fromJson).
// Input: the first byte picks the target schema, the rest is a JSON object
//   {"rows": [...], "transforms": [...], "input": <value>, "sources": {"<sourceId>": <value>}}
#include "fuzz/FuzzSupport.h"
#include "sandbox/mapping/MappingEvaluator.h"
#include "sandbox/mapping/MappingRows.h"
#include "sandbox/mapping/SourceFields.h"
#include "sandbox/mapping/TargetSchemas.h"
#include "sandbox/mapping/TransformChain.h"
#include "sandbox/server/ApiFailure.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Sandbox;

TESSERA_FUZZ_INIT

namespace {

SourceValues sourcesFrom(const QJsonObject &json)
{
    SourceValues sources;
    for (auto it = json.begin(); it != json.end(); ++it)
        sources.values.insert(it.key(), it.value());
    // Every catalog field the input leaves out is empty for a structural reason.
    for (const SourceField &field : SourceFields::builtIn())
        if (!sources.values.contains(field.id)) {
            sources.values.insert(field.id, QJsonValue());
            sources.emptyReasons.insert(field.id, u"No offer."_s);
        }
    return sources;
}

void checkEvaluation(const MappingTarget &target, const QList<MappingRow> &rows,
                     const SourceValues &sources)
{
    const QList<FieldValue> values = MappingEvaluator(target.fields, rows).evaluate(sources);
    Fuzz::require(values.size() >= rows.size(), "one value per row at least");
    for (const FieldValue &value : values)
        Fuzz::require(value.error.isEmpty() || value.value.isNull(),
                      "a failed field has no value");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QList<MappingTarget> targets = [] {
        QList<MappingTarget> list;
        for (const QString &integration : {u"humaans"_s, u"sora"_s, u"juro"_s})
            for (const QString &id : TargetSchemas::targets(integration))
                if (auto target = TargetSchemas::find(integration, id))
                    list << *target;
        return list;
    }();
    Fuzz::require(!targets.isEmpty(), "the target schemas exist");
    const MappingTarget &target = targets.at(data[0] % targets.size());
    const QJsonObject json = QJsonDocument::fromJson(Fuzz::bytes(data + 1, size - 1)).object();
    const SourceValues sources = sourcesFrom(json.value(u"sources"_s).toObject());

    // One chain on its own: validate never throws, run never throws and fails with a sentence.
    const QJsonArray transforms = json.value(u"transforms"_s).toArray();
    const auto isSource = [](const QString &id) {
        return SourceFields::find(SourceFields::builtIn(), id) != nullptr;
    };
    for (const QJsonValue transform : transforms)
        (void)TransformChain::validate(transform, isSource);
    const TransformChain::Result result = TransformChain(transforms).run(json.value(u"input"_s),
                                                                          sources);
    Fuzz::require(result.error.isEmpty() || result.value.isNull(),
                  "a failed chain has no value");

    // Rows as a client sends them to fieldMapping.set: checked, then evaluated.
    const QJsonArray rowsJson = json.value(u"rows"_s).toArray();
    try {
        const QList<MappingRow> rows = MappingRows::parse(rowsJson, target, SourceFields::builtIn());
        checkEvaluation(target, rows, sources);
        const QList<MappingRow> stored = MappingRows::fromJson(MappingRows::toJson(rows));
        Fuzz::require(stored.size() == rows.size(), "stored rows read back");
        (void)MappingRows::drift(rows, SourceFields::builtIn(),
                                 MappingRows::sourceTypes(rows, SourceFields::builtIn()));
    } catch (const ApiFailure &) {
        // invalid_input: what fieldMapping.set answers
    }
    // Stored rows are read without checks: evaluating them must still never throw or crash.
    checkEvaluation(target, MappingRows::fromJson(rowsJson), sources);
    return 0;
}
