#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

/// Amounts of money in Vietnamese đồng: whole numbers, written with dots between thousands
/// as Vietnamese documents write them ("1.500.000").
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    /// "1.500.000"; an empty string for a negative (unknown) amount.
    static QString format(qint64 amount);
    /// Reads "1.500.000", "1 500 000", "1,500,000" or "1500000" (optionally followed by
    /// "đ", "đồng" or "VND"); an empty text is -1 (not known). Decimals and negative
    /// amounts are refused with a message.
    static Result<qint64> parse(const QString &text);
};
