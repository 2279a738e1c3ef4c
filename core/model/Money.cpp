#include "Money.h"

#include "Text.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString Money::format(qint64 amount)
{
    if (amount < 0)
        return {};
    QString digits = QString::number(amount);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u'.');
    return digits;
}

Result<qint64> Money::parse(const QString &text)
{
    // Figures alone, as a CSV holds them, need none of what follows.
    constexpr qint64 MaxAmount = 999'999'999'999'999LL;
    if (const auto figures = Text::digitsValue(text); figures && *figures <= MaxAmount)
        return *figures;
    QString key = Text::searchKey(text);
    static const QRegularExpression currency(u"\\s*(dong|d|vnd)$"_s);
    key.remove(currency);
    key = key.trimmed();
    if (key.isEmpty())
        return qint64(-1);
    if (key.startsWith(u'-'))
        return Failure{tr("“%1”: an amount cannot be negative.").arg(text.trimmed())};
    // Thousands may be grouped by dots, commas or spaces, in groups of three.
    static const QRegularExpression grouped(u"^\\d{1,3}([., ]\\d{3})+$"_s);
    static const QRegularExpression plain(u"^\\d+$"_s);
    if (!plain.match(key).hasMatch() && !grouped.match(key).hasMatch()) {
        return Failure{tr("“%1” is not an amount in đồng; write a whole number such as "
                          "1.500.000.")
                           .arg(text.trimmed())};
    }
    key.remove(u'.').remove(u',').remove(u' ');
    bool ok = false;
    const qint64 amount = key.toLongLong(&ok);
    if (!ok || amount > MaxAmount)
        return Failure{tr("“%1” is too large an amount.").arg(text.trimmed())};
    return amount;
}
