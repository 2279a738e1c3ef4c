#pragma once

#include <QList>
#include <QString>

/// A member of a steering group (tổ chỉ đạo) of the campaign's steering committee.
struct SteeringMember
{
    qint64 id = 0;
    QString name;
    QString title; ///< "Phó Trưởng Ban Dân vận Huyện ủy"
    QString phone;
};

/// A steering group: its members, and the units it follows, guides and attends.
struct SteeringGroup
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString name; ///< "Tổ 1"
    QList<SteeringMember> members;
    QList<qint64> unitIds;
    /// Its place among the campaign's groups; 0 puts a new group after the others, and a
    /// group saved again keeps its place.
    int position = 0;
};
