#include "ExemplarEdits.h"

namespace {

QString addText(const Exemplar &exemplar)
{
    return exemplar.kind == Exemplar::Kind::Individual
        ? EditCommand::tr("add the exemplar “%1”").arg(exemplar.name)
        : EditCommand::tr("add the model “%1”").arg(exemplar.name);
}

QString editText(const Exemplar &exemplar)
{
    return exemplar.kind == Exemplar::Kind::Individual
        ? EditCommand::tr("edit the exemplar “%1”").arg(exemplar.name)
        : EditCommand::tr("edit the model “%1”").arg(exemplar.name);
}

QString removeText(const Exemplar &exemplar)
{
    return exemplar.kind == Exemplar::Kind::Individual
        ? EditCommand::tr("remove the exemplar “%1”").arg(exemplar.name)
        : EditCommand::tr("remove the model “%1”").arg(exemplar.name);
}

} // namespace

SaveExemplarCommand::SaveExemplarCommand(Workspace &workspace,
                                         const std::optional<Exemplar> &before,
                                         const Exemplar &after)
    : EditCommand(
        workspace, [adding = !before, after] { return adding ? addText(after) : editText(after); },
        Workspace::Change::Exemplars)
    , m_before(before)
    , m_after(after)
{
}

Result<void> SaveExemplarCommand::apply()
{
    const auto saved = ExemplarRepository(database()).save(m_after);
    if (!saved)
        return Failure{saved.error()};
    m_after.id = *saved;
    return {};
}

Result<void> SaveExemplarCommand::revert()
{
    ExemplarRepository exemplars(database());
    if (m_before) {
        if (const auto saved = exemplars.save(*m_before); !saved)
            return Failure{saved.error()};
        return {};
    }
    if (const auto removed = exemplars.remove(m_after.id); !removed)
        return Failure{removed.error()};
    return {};
}

RemoveExemplarCommand::RemoveExemplarCommand(Workspace &workspace, const Exemplar &exemplar)
    : EditCommand(
        workspace, [exemplar] { return removeText(exemplar); },
        Workspace::Change::Exemplars | Workspace::Change::Rewards)
    , m_exemplarId(exemplar.id)
{
}

Result<void> RemoveExemplarCommand::apply()
{
    auto removed = ExemplarRepository(database()).remove(m_exemplarId);
    if (!removed)
        return Failure{removed.error()};
    m_record = std::move(removed.value());
    return {};
}

Result<void> RemoveExemplarCommand::revert()
{
    if (!m_record)
        return {};
    return ExemplarRepository(database()).restore(*m_record);
}

NominateCommand::NominateCommand(Workspace &workspace, const Exemplar &exemplar, qint64 fromUnitId,
                                 const QString &targetName)
    : EditCommand(
        workspace,
        [name = exemplar.name, targetName] {
            return tr("put “%1” forward to %2").arg(name, targetName);
        },
        Workspace::Change::Exemplars)
    , m_exemplarId(exemplar.id)
    , m_fromUnitId(fromUnitId)
{
}

Result<void> NominateCommand::apply()
{
    ExemplarRepository exemplars(database());
    if (m_nomination)
        return exemplars.insertNomination(*m_nomination);
    const auto made = exemplars.nominate(m_exemplarId, m_fromUnitId);
    if (!made)
        return Failure{made.error()};
    m_nomination = *made;
    return {};
}

Result<void> NominateCommand::revert()
{
    if (!m_nomination)
        return {};
    if (const auto removed = ExemplarRepository(database()).removeNomination(m_nomination->id);
        !removed)
        return Failure{removed.error()};
    return {};
}

SetNominationStatusCommand::SetNominationStatusCommand(
    Workspace &workspace, const Nomination &before, Nomination::Status status, const QString &note,
    const QString &exemplarName, const QString &unitName)
    : EditCommand(
        workspace,
        [exemplarName, status, unitName] {
            return tr("mark “%1” as %2 at %3")
                .arg(exemplarName, Nomination::statusName(status).toLower(), unitName);
        },
        Workspace::Change::Exemplars)
    , m_before(before)
    , m_status(status)
    , m_note(note)
{
}

Result<void> SetNominationStatusCommand::apply()
{
    return ExemplarRepository(database()).setNominationStatus(m_before.id, m_status, m_note);
}

Result<void> SetNominationStatusCommand::revert()
{
    return ExemplarRepository(database())
        .setNominationStatus(m_before.id, m_before.status, m_before.note);
}

RemoveNominationCommand::RemoveNominationCommand(Workspace &workspace, const Nomination &nomination,
                                                 const QString &exemplarName,
                                                 const QString &targetName)
    : EditCommand(
        workspace,
        [exemplarName, targetName] {
            return tr("withdraw “%1” from %2").arg(exemplarName, targetName);
        },
        Workspace::Change::Exemplars)
    , m_nomination(nomination)
{
}

Result<void> RemoveNominationCommand::apply()
{
    const auto removed = ExemplarRepository(database()).removeNomination(m_nomination.id);
    if (!removed)
        return Failure{removed.error()};
    m_nomination = *removed;
    return {};
}

Result<void> RemoveNominationCommand::revert()
{
    return ExemplarRepository(database()).insertNomination(m_nomination);
}
