#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

/// Reads a CSV file as spreadsheets write it (RFC 4180): quoted fields with doubled quotes
/// and line breaks inside, CRLF or LF, the separator guessed from the first line (",", ";"
/// or tab). UTF-8 with or without a byte-order mark and UTF-16 are decoded; text is
/// normalised to NFC. Errors name the file and the line.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// `fileName` is only used in messages.
    CsvReader(QIODevice *device, const QString &fileName);

    /// Reads and decodes the whole device. Fails on text that is not UTF-8 or UTF-16, and on
    /// NUL bytes, naming the line.
    Result<void> load();
    /// Takes text its caller has decoded already (see LegacyEncoding::decodeFile()) instead
    /// of reading the device.
    void loadText(const QString &text);

    /// The next record; false at the end of the file or on an error (see error()).
    /// Blank lines are skipped.
    bool readRecord(QStringList *fields);
    /// The line on which the record last read begins (1-based).
    int recordLine() const { return m_recordLine; }
    /// The message of the error that stopped readRecord(), or empty.
    QString error() const { return m_error; }

    QChar delimiter() const { return m_delimiter; }
    QString fileName() const { return m_fileName; }

private:
    QChar guessDelimiter() const;

    QIODevice *m_device;
    QString m_fileName;
    QString m_text;
    qsizetype m_position = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QChar m_delimiter = QLatin1Char(',');
    QString m_error;
};
