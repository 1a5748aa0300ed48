// Every domain decoder (models/domain/*::fromJson) and the field-mapping records
// (models/mapping/MappingTypes). Input: the first byte picks the decoder, the rest is the JSON
// of one record as a server would send it.
#include "fuzz/FuzzSupport.h"
#include "models/core/DecodeList.h"
#include "models/domain/ApiKey.h"
#include "models/domain/Application.h"
#include "models/domain/ArchiveReason.h"
#include "models/domain/Candidate.h"
#include "models/domain/CustomField.h"
#include "models/domain/Department.h"
#include "models/domain/ExternalWorkflow.h"
#include "models/domain/Integration.h"
#include "models/domain/IntegrationCapabilities.h"
#include "models/domain/InterviewPlan.h"
#include "models/domain/InterviewStage.h"
#include "models/domain/Job.h"
#include "models/domain/Note.h"
#include "models/domain/Offer.h"
#include "models/domain/Organization.h"
#include "models/domain/StageGroup.h"
#include "models/domain/User.h"
#include "models/domain/Webhook.h"
#include "models/domain/WebhookDelivery.h"
#include "models/mapping/MappingTypes.h"

#include <QJsonDocument>

#include <variant>

using namespace Tessera;

TESSERA_FUZZ_INIT

namespace {

// A decoder either gives a value or a DecodeError naming a field and the problem.
template<typename T>
void decode(const QJsonObject &object)
{
    const auto decoded = T::fromJson(object);
    if (const auto *error = std::get_if<DecodeError>(&decoded)) {
        Fuzz::require(!error->field.isEmpty(), "a DecodeError names its field");
        Fuzz::require(!error->problem.isEmpty(), "a DecodeError says what is wrong");
    }
    // The same object inside a results array: decodeList skips exactly the bad records.
    QList<T> list;
    const int failures = decodeList(QJsonArray{object, object}, list);
    Fuzz::require(failures + list.size() == 2, "decodeList keeps or counts every record");
    Fuzz::require((failures == 0) == std::holds_alternative<T>(decoded),
                  "decodeList agrees with fromJson");
}

template<typename T>
void roundTrip(const QJsonObject &object)
{
    const auto decoded = T::fromJson(object);
    if (const auto *value = std::get_if<T>(&decoded)) {
        const auto again = T::fromJson(value->toJson());
        Fuzz::require(std::holds_alternative<T>(again), "toJson output decodes again");
    }
}

using Decoder = void (*)(const QJsonObject &);
constexpr Decoder decoders[] = {
    decode<ApiKey>, decode<Application>, decode<ArchiveReason>, decode<Candidate>,
    decode<CustomField>, decode<Department>, decode<ExternalWorkflow>, decode<Integration>,
    decode<IntegrationCapabilities>, decode<InterviewPlan>, decode<InterviewStage>, decode<Job>,
    decode<Note>, decode<Offer>, decode<Organization>, decode<StageGroup>, decode<User>,
    decode<Webhook>, decode<WebhookDelivery>, decode<SourceField>, decode<TargetField>,
    decode<MappingRow>, roundTrip<MappingRow>,
    [](const QJsonObject &object) { (void)MappingInfo::fromJson(object); },
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const Decoder decoder = decoders[data[0] % std::size(decoders)];
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data + 1, size - 1));
    decoder(document.object());
    return 0;
}
