#pragma once

#include "Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace TestSupport {

/// A fresh copy of the Kiên Giang example for each test function of a suite, as a base class
/// beside QObject: init() calls openExample(), cleanup() calls closeExample(), and the tests
/// read m_database, m_campaignId, idOf() and write beside the example in m_dir.
class ExampleFixture
{
protected:
    /// Makes a temporary folder and builds the example there as `name` (on a server: a new
    /// database of the throwaway server, see createExample()); false, after a QWARN with the
    /// reason, when that fails or the example does not hold exactly one campaign.
    bool openExample(const QString &name = QStringLiteral("example.sqlite"));
    /// Closes the example and removes its folder.
    void closeExample();
    /// The id of the unit in force that a register code names; 0, after a QWARN, when there
    /// is none.
    qint64 idOf(const QString &code) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_campaignId = 0; ///< the example's campaign
};

} // namespace TestSupport
