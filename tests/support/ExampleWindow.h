#pragma once

#include "FreshExample.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// The main window on a fresh copy of the Kiên Giang example, in a temporary folder (on a
/// throwaway server with DANVAN_TEST_ENGINE=postgresql: TestSupport::freshExample), as the
/// window tests start it: shown on the whole screen, in the language asked for, with the
/// "as of" day set. Run under CTest, the offscreen screen is the clerk's 1366×768.
class ExampleWindow
{
public:
    /// Forgets the window's remembered layout and day, as on a first start.
    static void forgetSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    /// The screen the window tests measure on.
    static QSize screenSize() { return QApplication::primaryScreen()->availableGeometry().size(); }

    /// Opens the example and shows the window; false (with a warning) when that fails.
    bool open(Translations::Language language, QDate asOf)
    {
        Translations::install(language);
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        m_workspace = std::make_unique<Workspace>();
        m_window = std::make_unique<MainWindow>(*m_workspace);
        const TestSupport::FreshExample example = TestSupport::freshExample(*m_dir);
        if (example.location.isEmpty() || !m_window->openDatabase(example.location, example.intent))
            return false;
        m_window->setAsOf(asOf);
        m_window->setGeometry(QApplication::primaryScreen()->availableGeometry());
        m_window->show();
        // Active, as the window the clerk works in: Alt+letter keys reach only that one.
        m_window->activateWindow();
        return QTest::qWaitForWindowActive(m_window.get());
    }

    /// Closes the window and removes the file (a server's database is left to the server,
    /// which goes with the test process).
    void close()
    {
        m_window.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    MainWindow *window() const { return m_window.get(); }
    Workspace &workspace() const { return *m_workspace; }

    /// A unit's id by its register code; 0 when there is none.
    qint64 unitId(const QString &code) const
    {
        const auto units = m_workspace->units();
        const int index = units->indexOfCode(code);
        return index >= 0 ? units->at(index).id : 0;
    }

    /// A widget of the window by its object name; null, with a warning, when there is none.
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};
