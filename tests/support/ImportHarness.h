// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"
#include "core/net/ApiClient.h"
#include "core/submit/ImportEngine.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace im::test {

class SandboxProcess;

// An ApiClient and an ImportEngine wired to a running sandbox, with retries fast enough for tests
// (the backoff is cut, never the limits: rate windows shrink only by the sandbox's own time scale).
class ImportHarness
{
public:
    ImportHarness(SandboxProcess &sandbox, double timeScale, int requestTimeoutMs = 10000);
    ~ImportHarness();

    [[nodiscard]] ApiClient &client() { return *m_client; }
    [[nodiscard]] ImportEngine &engine() { return *m_engine; }
    [[nodiscard]] ImportOptions &options() { return m_options; }
    [[nodiscard]] QString journalDirectory() const { return m_journalDir.path(); }

    // Starts the engine on every row of `table` and waits until it finishes (false on timeout).
    bool run(const IndicatorTable &table, int timeoutMs = 150000);
    // Waits for the engine to finish a run already started.
    bool wait(int timeoutMs = 150000);

    static std::vector<int> allRows(const IndicatorTable &table);

private:
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ImportEngine> m_engine;
    ImportOptions m_options;
    QTemporaryDir m_journalDir;
};

// `count` valid rows whose values are unique (types and actions vary), deterministic for `seed`.
IndicatorTable validRows(int count, int seed = 1);

} // namespace im::test
