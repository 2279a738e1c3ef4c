#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

/// A failure to report to the user: a complete sentence in the user's language.
struct Failure
{
    QString message;
};

/// The outcome of an operation that can fail: a value, or a message for the user.
/// Core never shows dialogs; it returns a Result and the caller decides how to show it.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Failure failure)
        : m_error(std::move(failure.message))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    /// The value of a result that is ok(). Asking a failed result for its value is a
    /// programming error: it stops the program with the failure's message, in every build.
    const T &value() const
    {
        checkValue();
        return *m_value;
    }
    T &value()
    {
        checkValue();
        return *m_value;
    }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }

    /// The message of a failed result; empty when ok().
    const QString &error() const { return m_error; }

private:
    void checkValue() const
    {
        if (Q_UNLIKELY(!m_value))
            qFatal("Result::value() of a failed result: %s", qUtf8Printable(m_error));
    }

    std::optional<T> m_value;
    QString m_error;
};

/// The outcome of an operation that returns nothing but can fail.
template<>
class Result<void>
{
public:
    Result() = default;
    Result(Failure failure)
        : m_ok(false)
        , m_error(std::move(failure.message))
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    bool m_ok = true;
    QString m_error;
};
