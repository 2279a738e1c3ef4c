#pragma once

#include "Exemplar.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

/// Someone a reward was given to: a collective or a person, linked to a unit or an exemplar
/// of the register where there is one.
struct RewardRecipient
{
    qint64 id = 0;
    Exemplar::Kind kind = Exemplar::Kind::Collective;
    QString name;
    qint64 unitId = 0;
    qint64 exemplarId = 0;
};

/// A reward decision given at a unit's conference: its form (Giấy khen, Bằng khen, ...), who
/// issued and signed it, its number ("125-QĐ/HU") and date, and its recipients.
struct Reward
{
    Q_DECLARE_TR_FUNCTIONS(Reward)

public:
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 unitId = 0; ///< the unit whose conference gave it
    qint64 formId = 0;
    QString issuer;
    QString signer;
    QString signerTitle;
    QString decisionNumber;
    QDate decisionDate;
    QString note;
    QList<RewardRecipient> recipients;

    /// Refuses a reward without a form, a unit or a recipient, and recipients without names.
    Result<void> validate() const;
    /// The reward as a sentence names it: "Giấy khen 125-QĐ/HU", "Giấy khen dated 12/05/2020",
    /// or the form's name alone; \a formName is the name of its form.
    QString describe(const QString &formName) const;
};
