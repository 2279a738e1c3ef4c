// libFuzzer target: any text through Period::parse(), the deadline phrase reader. A phrase
// it accepts must describe itself and read back to the same period from its standard form.
#include "FuzzSupport.h"
#include "Period.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte chooses between a phrase with and without a default year.
    const int defaultYear = size > 0 && (data[0] & 1) ? 2020 : 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Period> parsed = Period::parse(text, defaultYear);
    if (!parsed) {
        FuzzSupport::check(!parsed.error().isEmpty(), "a refused phrase says why");
        return 0;
    }
    const Period &period = *parsed;
    FuzzSupport::check(period.isValid(), "an accepted phrase is a valid period");
    FuzzSupport::check(!period.first().isValid() || period.first() <= period.last(),
                       "a period starts before it ends");
    FuzzSupport::check(!period.describe().isEmpty(), "describe() says something");
    FuzzSupport::check(!period.storageKind().isEmpty(), "storageKind() is known");

    const QString standard = period.toVietnamese();
    const Result<Period> again = Period::parse(standard);
    FuzzSupport::check(again.ok(), "the standard phrase reads back");
    FuzzSupport::check(*again == period, "the standard phrase is the same period");

    const Period stored =
        Period::fromStored(period.storageKind(), period.first(), period.last(), period.text());
    FuzzSupport::check(stored == period && stored.text() == period.text(),
                       "a stored period comes back as it was");
    return 0;
}
