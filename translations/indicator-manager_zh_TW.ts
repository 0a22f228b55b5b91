<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AfterRun</name>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>IP addresses, domains and URLs</source>
        <translation>IP 位址、網域和 URL</translation>
    </message>
    <message>
        <source>Usually within 15 minutes (30 on average), at most 2 hours.</source>
        <translation>通常在 15 分鐘內（平均 30 分鐘），最長 2 小時。</translation>
    </message>
    <message>
        <source>File hash computation on, &quot;Allow or block file&quot; on in the advanced features, cloud protection and antivirus in active mode. File indicators act on executable (PE) files only.</source>
        <translation>開啟檔案雜湊計算，在進階功能中開啟「允許或封鎖檔案」，開啟雲端保護，防毒處於主動模式。檔案指標僅作用於可執行 (PE) 檔案。</translation>
    </message>
    <message>
        <source>Up to 3 hours.</source>
        <translation>最長 3 小時。</translation>
    </message>
    <message>
        <source>Cloud protection and antivirus in active mode. Only leaf certificates that chain to a trusted root act; certificates Microsoft signed cannot be blocked.</source>
        <translation>開啟雲端保護，防毒處於主動模式。只有鏈結到受信任根的分葉憑證才會生效；Microsoft 簽署的憑證無法封鎖。</translation>
    </message>
    <message>
        <source>Usually within 2 hours, at most 48 hours.</source>
        <translation>通常在 2 小時內，最長 48 小時。</translation>
    </message>
    <message>
        <source>Network protection in block mode and &quot;Custom network indicators&quot; on. Outside Microsoft Edge, domains are blocked only with QUIC and Encrypted Client Hello off.</source>
        <translation>網路保護處於封鎖模式，並開啟「自訂網路指標」。在 Microsoft Edge 之外，只有關閉 QUIC 和 Encrypted Client Hello 後才會封鎖網域。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Cannot connect to %1. Check the address, the network and any proxy.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>無法連線到 %1。請檢查位址、網路和代理設定。</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 在 %n 秒內沒有回應。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole reply arrived.</source>
        <translation>與 %1 的連線在完整回覆到達之前關閉。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. If your network inspects TLS traffic, give its CA certificate with --ca-file.</source>
        <translation>%1 的憑證不受信任。如果你的網路會檢查 TLS 流量，請用 --ca-file 提供其 CA 憑證。</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not valid yet.</source>
        <translation>%1 的憑證已到期或尚未生效。</translation>
    </message>
    <message>
        <source>The certificate presented by %1 was issued for a different name.</source>
        <translation>%1 出示的憑證是為其他名稱頒發的。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>與 %1 的安全連線失敗：%2</translation>
    </message>
    <message>
        <source>Sign-in was refused (HTTP %1).</source>
        <translation>登入被拒絕（HTTP %1）。</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <extracomment>%1 is Entra ID&apos;s own explanation, in English</extracomment>
        <translation>登入被拒絕：%1</translation>
    </message>
    <message>
        <source>The service did not accept the access token (HTTP 401), even after signing in again.</source>
        <translation>即使重新登入後，服務仍不接受存取權杖（HTTP 401）。</translation>
    </message>
    <message>
        <source>The app registration is not allowed to do this (HTTP 403). It needs the WindowsDefenderATP application permission Ti.ReadWrite.All with admin consent. Service: %1</source>
        <translation>此應用程式註冊無權執行該動作（HTTP 403）。它需要 WindowsDefenderATP 應用程式權限 Ti.ReadWrite.All，並經管理員授與同意。服務：%1</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>無詳細資訊</translation>
    </message>
    <message>
        <source>%1 has no such address or item (HTTP 404). Check the API address.</source>
        <translation>%1 上沒有此位址或項目（HTTP 404）。請檢查 API 位址。</translation>
    </message>
    <message>
        <source>The service kept refusing calls because of its rate limit (HTTP 429).</source>
        <translation>服務因速率限制持續拒絕呼叫（HTTP 429）。</translation>
    </message>
    <message>
        <source>The service had an internal error (HTTP %1).</source>
        <translation>服務發生內部錯誤（HTTP %1）。</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1).</source>
        <translation>服務拒絕了請求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The service refused the request: %1</source>
        <extracomment>%1 is the service&apos;s own message, in English</extracomment>
        <translation>服務拒絕了請求：%1</translation>
    </message>
    <message>
        <source>The reply of %1 could not be read: %2</source>
        <translation>無法讀取 %1 的回覆：%2</translation>
    </message>
    <message>
        <source>%1 answered with a web page (HTTP %2) instead of data; a proxy or gateway may be in the way.</source>
        <translation>%1 傳回的是網頁（HTTP %2）而不是資料；可能有代理或閘道器攔截。</translation>
    </message>
    <message numerus="yes">
        <source>The reply of %1 was larger than %n MB and was not read.</source>
        <translation>
            <numerusform>%1 的回覆超過 %n MB，未讀取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Your sign-in has ended; sign in again with your account. (%1)</source>
        <extracomment>%1 is Entra ID&apos;s own explanation, in English</extracomment>
        <translation>您的登入已結束；請使用您的帳戶重新登入。(%1)</translation>
    </message>
    <message>
        <source>Your sign-in has ended; sign in again with your account.</source>
        <translation>您的登入已結束；請使用您的帳戶重新登入。</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser or on the other device.</source>
        <translation>登入在瀏覽器中或在另一臺裝置上被拒絕。</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was completed. Start again to get a new code.</source>
        <translation>代碼在登入完成前已到期。請重新開始以取得新代碼。</translation>
    </message>
    <message>
        <source>%1 tried to send the call to another address (HTTP %2). Redirects are not followed, so nothing was sent there; check the address.</source>
        <translation>%1 試圖將呼叫轉到另一個位址（HTTP %2）。不會跟隨重新導向，因此沒有向該位址傳送任何內容；請檢查位址。</translation>
    </message>
</context>
<context>
    <name>ClientCertificate</name>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>無法讀取憑證檔案 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be opened: it needs its passphrase, or it is not a PFX file.</source>
        <translation>無法開啟 %1：它需要密碼，或者它不是 PFX 檔案。</translation>
    </message>
    <message>
        <source>%1 could not be opened: the passphrase is wrong, or it is not a PFX file.</source>
        <translation>無法開啟 %1：密碼錯誤，或者它不是 PFX 檔案。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中沒有 PEM 憑證。</translation>
    </message>
    <message>
        <source>%1 holds no private key. Put the certificate and its private key in one PEM file, or use a PFX file.</source>
        <translation>%1 中沒有私鑰。請將憑證及其私鑰放在同一個 PEM 檔案中，或使用 PFX 檔案。</translation>
    </message>
    <message>
        <source>The private key in %1 is encrypted: give its passphrase.</source>
        <translation>%1 中的私鑰已加密：請提供其密碼。</translation>
    </message>
    <message>
        <source>The passphrase of the private key in %1 is wrong.</source>
        <translation>%1 中私鑰的密碼錯誤。</translation>
    </message>
    <message>
        <source>The private key in %1 is not an RSA key Indicator Manager can use.</source>
        <translation>%1 中的私鑰不是指標管理器可以使用的 RSA 金鑰。</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key is not an RSA key; Entra ID client assertions need RSA.</source>
        <translation>憑證的私鑰不是 RSA 金鑰；Entra ID 用戶端斷言需要 RSA。</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>私鑰與憑證不比對。</translation>
    </message>
    <message>
        <source>The certificate expired on %1; upload a new one to the app registration.</source>
        <translation>憑證已於 %1 到期；請將新憑證上傳到應用程式註冊。</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>憑證在 %1 之前無效。</translation>
    </message>
</context>
<context>
    <name>CloudEndpoints</name>
    <message>
        <source>Commercial</source>
        <translation>商業版</translation>
    </message>
    <message>
        <source>US Government (GCC)</source>
        <translation>美國政府 (GCC)</translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation>美國政府 (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>美國政府 (DoD)</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>自訂位址</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>輸出一個 JSON 物件，而不是文字。</translation>
    </message>
    <message>
        <source>Read the file in this encoding: UTF-8, UTF-16LE, UTF-16BE, GB18030 or Windows-1252 (default: detect).</source>
        <translation>按此編碼讀取檔案：UTF-8、UTF-16LE、UTF-16BE、GB18030 或 Windows-1252（預設：自動偵測）。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>未知編碼「%1」。</translation>
    </message>
    <message>
        <source>indicator-manager-cli: %1</source>
        <translation>indicator-manager-cli：%1</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知選項 %1。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令「%1」。</translation>
    </message>
    <message>
        <source>The file to check.</source>
        <translation>要檢查的檔案。</translation>
    </message>
    <message>
        <source>validate takes one FILE.</source>
        <translation>validate 需要一個 FILE 引數。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3 [%4] %5</source>
        <translation>第 %1 列，%2：%3 [%4] %5</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more issue(s); use --json to see them all.</source>
        <translation>
            <numerusform>……另有 %n 個問題；使用 --json 可檢視全部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n 列有效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n 列無效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n 個重複</numerusform>
        </translation>
    </message>
    <message>
        <source>The file to plan.</source>
        <translation>要規劃的檔案。</translation>
    </message>
    <message>
        <source>plan takes one FILE.</source>
        <translation>plan 需要一個 FILE 引數。</translation>
    </message>
    <message>
        <source>--active takes a whole number of at least 0.</source>
        <translation>--active 需要一個不小於 0 的整數。</translation>
    </message>
    <message numerus="yes">
        <source>Will be sent: %n row(s)</source>
        <translation>
            <numerusform>將傳送：%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Import calls: %1 (batch sizes: %2)</source>
        <translation>匯入呼叫：%1 次（批次大小：%2）</translation>
    </message>
    <message numerus="yes">
        <source>Minimum time at 30 calls a minute: %n second(s)</source>
        <translation>
            <numerusform>按每分鐘 30 次呼叫的最短時間：%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Active indicators: %1 now, %2 after, of %3</source>
        <translation>作用中指標：目前 %1，匯入後 %2，上限 %3</translation>
    </message>
    <message numerus="yes">
        <source>The import would pass the tenant&apos;s limit by %n indicator(s).</source>
        <translation>
            <numerusform>此次匯入將超出租用戶限制 %n 個指標。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5, %6</source>
        <extracomment>The validate summary: file name, then the counts of rows, valid, invalid, warnings, duplicates.</extracomment>
        <translation>%1：%2，%3，%4，%5，%6</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>
Options:
  --lang CODE   Language of messages (en, zh_CN, zh_TW); default: the system&apos;s.
  --help        Show this help.
  --version     Show the version.
</source>
        <translation>
選項：
  --lang CODE   訊息語言（en、zh_CN、zh_TW）；預設使用系統語言。
  --help        顯示此說明。
  --version     顯示版本。
</translation>
    </message>
    <message>
        <source>Usage: indicator-manager-cli [--lang CODE] COMMAND [OPTIONS]

Commands:
  validate FILE [--json] [--encoding NAME]
      Check every row against Defender&apos;s rules.
      Exit code 0: every row is valid; 1: some rows are invalid; 2: the file cannot be read.
      --json prints {rows, valid, invalid, warnings, duplicates, issues: [{row, column, code,
      severity, message}]}.
  plan FILE [--active N | --profile NAME | CONNECTION] [--send-unchanged] [--json] [--encoding NAME]
      Split the valid rows into Import calls of at most 500 and show the calls, the minimum
      time at 30 calls a minute, and the tenant&apos;s quota of 15,000 active indicators before and
      after (N: active indicators now, default 0). With a connection the tenant&apos;s indicators are
      read and compared by matching key: new, updates and unchanged rows (unchanged rows are left
      out unless --send-unchanged). Exit code 0; 2 when the file cannot be read; 3 or 4 as below.
</source>
        <translation>用法：indicator-manager-cli [--lang CODE] COMMAND [OPTIONS]

命令：
  validate FILE [--json] [--encoding NAME]
      按 Defender 的規則檢查每一列。
      結束代碼 0：所有列均有效；1：部分列無效；2：無法讀取檔案。
      --json 輸出 {rows, valid, invalid, warnings, duplicates, issues: [{row, column, code,
      severity, message}]}。
  plan FILE [--active N | --profile NAME | CONNECTION] [--send-unchanged] [--json] [--encoding NAME]
      將有效列拆分為每次最多 500 個的匯入呼叫，顯示呼叫次數、按每分鐘 30 次呼叫
      所需的最短時間，以及匯入前後租用戶 15,000 個作用中指標配額的使用情況
      （N：目前作用中指標數，預設 0）。提供連線時，會讀取租用戶的指標並按比對鍵
      進行比較：新增、更新和未變更的列（除非指定 --send-unchanged，否則不傳送未變更的列）。
      結束代碼 0；無法讀取檔案時為 2；3 或 4 見下文。
</translation>
    </message>
    <message>
        <source>Active indicators in the tenant now (without a connection).</source>
        <translation>租用戶中目前的作用中指標數（無連線時使用）。</translation>
    </message>
    <message>
        <source>Also send rows that would change nothing in the tenant (skipped by default).</source>
        <translation>同時傳送不會變更租用戶中任何內容的列（預設跳過）。</translation>
    </message>
    <message>
        <source>--active is for planning offline; with a connection the tenant&apos;s own figures are used.</source>
        <translation>--active 用於離線規劃；提供連線時將使用租用戶自身的資料。</translation>
    </message>
    <message>
        <source>New: %1, updates: %2, unchanged: %3</source>
        <translation>新增：%1，更新：%2，未變更：%3</translation>
    </message>
    <message>
        <source>Left out: %1 invalid, %2 duplicate, %3 unchanged</source>
        <translation>不傳送：%1 列無效，%2 列重複，%3 列未變更</translation>
    </message>
    <message>
        <source>The format to write: portal-csv (default), full-csv or import-json.</source>
        <translation>要寫入的格式：portal-csv（預設）、full-csv 或 import-json。</translation>
    </message>
    <message>
        <source>Write here instead of to standard output.</source>
        <translation>寫入此處，而不是標準輸出。</translation>
    </message>
    <message>
        <source>The file to convert.</source>
        <translation>要轉換的檔案。</translation>
    </message>
    <message>
        <source>convert takes one FILE.</source>
        <translation>convert 需要一個 FILE 參數。</translation>
    </message>
    <message>
        <source>--to takes portal-csv, full-csv or import-json, not &quot;%1&quot;.</source>
        <translation>--to 需要 portal-csv、full-csv 或 import-json，而不是「%1」。</translation>
    </message>
    <message>
        <source>The rows could not be written to standard output.</source>
        <translation>無法將列寫入標準輸出。</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4, %5</source>
        <translation>%1（%2）：%3，%4，%5</translation>
    </message>
    <message>
        <source>  convert FILE [--to portal-csv|full-csv|import-json] [-o OUT] [--context] [--encoding NAME]
      Read any file the app reads (CSV, JSON, MISP, STIX, a report, an IOC list) and write its rows
      as the portal&apos;s CSV template (default), the full CSV or an Import JSON body, to OUT or to
      standard output. --context: each Import JSON row read from a report, MISP or STIX also
      carries the text it was read from, as &quot;context&quot;. Exit codes as for validate.
  validate, plan, import and convert also take --defaults PRESET|FILE.json and --set FIELD=VALUE
      (repeatable): what to put in the cells the file leaves empty; a file&apos;s own values stay.
</source>
        <translation>  convert FILE [--to portal-csv|full-csv|import-json] [-o OUT] [--context] [--encoding NAME]
      讀取應用程式能讀取的任何檔案（CSV、JSON、MISP、STIX、報告、IOC 清單），並將其列寫為
      入口網站的 CSV 範本（預設）、完整 CSV 或匯入 JSON 本文，寫入 OUT 或標準輸出。
      --context：從報告、MISP 或 STIX 讀取的每個匯入 JSON 列還帶有其來源文字，
      作為 &quot;context&quot;。結束代碼與 validate 相同。
  validate、plan、import 和 convert 也接受 --defaults PRESET|FILE.json 和 --set FIELD=VALUE
      （可重複）：用於填入檔案留空的儲存格；檔案本身的值保持不變。
</translation>
    </message>
    <message>
        <source>With import-json: add the text each row was read from (a report&apos;s line, a MISP or STIX object) as &quot;context&quot;.</source>
        <translation>搭配 import-json：將每列的來源文字（報告中的一行、MISP 或 STIX 物件）加入為 &quot;context&quot;。</translation>
    </message>
    <message>
        <source>--context needs --to import-json.</source>
        <translation>--context 需要 --to import-json。</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>commercial, gcc, gcc-high or dod (default: commercial).</source>
        <translation>commercial、gcc、gcc-high 或 dod（預設：commercial）。</translation>
    </message>
    <message>
        <source>The API address, e.g. https://api.security.microsoft.com.</source>
        <translation>API 位址，例如 https://api.security.microsoft.com。</translation>
    </message>
    <message>
        <source>The sign-in address, e.g. https://login.microsoftonline.com.</source>
        <translation>登入位址，例如 https://login.microsoftonline.com。</translation>
    </message>
    <message>
        <source>The tenant ID.</source>
        <translation>租用戶識別碼。</translation>
    </message>
    <message>
        <source>The app registration&apos;s application (client) ID.</source>
        <translation>應用程式註冊的應用程式 (用戶端) 識別碼。</translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation>從標準輸入讀取用戶端密碼。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>同時信任此 PEM 檔案中的 CA 憑證。</translation>
    </message>
    <message>
        <source>Cannot read the client secret from standard input.</source>
        <translation>無法從標準輸入讀取用戶端密碼。</translation>
    </message>
    <message>
        <source>Client secret: </source>
        <translation>用戶端密碼：</translation>
    </message>
    <message>
        <source>--client-secret-stdin was given, but standard input held no secret.</source>
        <translation>已指定 --client-secret-stdin，但標準輸入中沒有密碼。</translation>
    </message>
    <message>
        <source>No connection given: use --tenant ID --client-id ID --client-secret-stdin (or --profile NAME).</source>
        <translation>未給出連線：請使用 --tenant ID --client-id ID --client-secret-stdin（或 --profile NAME）。</translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;; use commercial, gcc, gcc-high or dod.</source>
        <translation>未知的雲「%1」；請使用 commercial、gcc、gcc-high 或 dod。</translation>
    </message>
    <message>
        <source>The client secret is read from standard input only: add --client-secret-stdin.</source>
        <translation>用戶端密碼只能從標準輸入讀取：請新增 --client-secret-stdin。</translation>
    </message>
    <message>
        <source>A saved connection (see login and profiles).</source>
        <translation>已儲存的連線（參見 login 和 profiles）。</translation>
    </message>
    <message>
        <source>Connection (every command that talks to a tenant):
  --profile NAME          a saved connection (made with login); its secret comes from the system
                          keychain. Or give the connection inline:
  --tenant ID --client-id ID --client-secret-stdin
                          the app registration; the secret is read from standard input (one line),
                          never from the command line
  --cloud NAME            commercial (default), gcc, gcc-high or dod: picks the API and sign-in
                          addresses and the token scope
  --api-url URL --login-url URL
                          other addresses (a regional host, a proxy, the local sandbox); plain
                          http:// only to this computer
  --ca-file FILE          also trust these CA certificates (TLS inspection); verification stays on
</source>
        <translation>連線（所有與租用戶通訊的命令）：
  --profile NAME          已儲存的連線（用 login 建立）；其密碼來自系統
                          認證存放區。也可以直接給出連線：
  --tenant ID --client-id ID --client-secret-stdin
                          應用程式註冊；密碼從標準輸入讀取（一行），
                          絕不從命令列讀取
  --cloud NAME            commercial（預設）、gcc、gcc-high 或 dod：選擇 API 和登入
                          位址以及權杖範圍
  --api-url URL --login-url URL
                          其他位址（區域主機、代理、本機沙盒）；明文
                          http:// 僅限本機
  --ca-file FILE          同時信任這些 CA 憑證（TLS 檢查）；驗證保持開啟
</translation>
    </message>
    <message>
        <source>Give either --profile or the connection inline, not both.</source>
        <translation>請給出 --profile 或直接給出連線，不要同時給出。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. &quot;indicator-manager-cli profiles&quot; lists the saved ones; &quot;indicator-manager-cli login --profile %1 ...&quot; creates it.</source>
        <translation>沒有名為「%1」的設定檔。「indicator-manager-cli profiles」列出已儲存的設定檔；「indicator-manager-cli login --profile %1 ...」可建立它。</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The %1 address &quot;%2&quot; is not a valid URL.</source>
        <translation>%1 位址「%2」不是有效的 URL。</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer; use https:// for %1.</source>
        <translation>明文 http:// 僅允許用於本機；%1 請使用 https://。</translation>
    </message>
    <message>
        <source>The %1 address must start with https://.</source>
        <translation>%1 位址必須以 https:// 開頭。</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>The tenant ID is missing.</source>
        <translation>缺少租用戶識別碼。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant ID or domain.</source>
        <translation>「%1」不是租用戶識別碼或網域。</translation>
    </message>
    <message>
        <source>The application (client) ID is missing.</source>
        <translation>缺少應用程式 (用戶端) 識別碼。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an application (client) ID.</source>
        <translation>「%1」不是應用程式 (用戶端) 識別碼。</translation>
    </message>
    <message>
        <source>The token scope is missing.</source>
        <translation>缺少權杖範圍。</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>無法讀取 CA 憑證檔案 %1。</translation>
    </message>
</context>
<context>
    <name>CsvPreview</name>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation>無法開啟檔案「%1」：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案為空。</translation>
    </message>
</context>
<context>
    <name>CsvRecordReader</name>
    <message>
        <source>Line %1 is longer than %2 MiB; the file is not a table this tool can read.</source>
        <translation>第 %1 行超過 %2 MiB；此檔案不是本工具可以讀取的表格。</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns; the file is not a table this tool can read.</source>
        <translation>第 %1 行超過 %2 欄；此檔案不是本工具可以讀取的表格。</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>No column holds indicator values. Name a column IndicatorValue (or value, ioc, sha256, ip, domain, url), or choose the columns in the mapping dialog.</source>
        <translation>沒有任何欄包含指標值。請將一欄命名為 IndicatorValue（或 value、ioc、sha256、ip、domain、url），或在欄對應對話方塊中選擇各欄。</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than this tool opens at once.</source>
        <translation>檔案超過 %L1 列，超出本工具一次可開啟的列數。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 欄</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; matches no indicator field and was not imported. Map it in the column mapping if it holds indicator data.</source>
        <translation>欄「%1」與任何指標欄位都不比對，未匯入。如果它包含指標資料，請在欄對應中指定。</translation>
    </message>
</context>
<context>
    <name>DecodedStream</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
</context>
<context>
    <name>DefaultsOptions</name>
    <message>
        <source>Fill the cells the file leaves empty from this saved preset or JSON file.</source>
        <translation>用此已儲存的預設組合或 JSON 檔案填入檔案留空的儲存格。</translation>
    </message>
    <message>
        <source>Fill this field where the file leaves it empty, e.g. action=Block, expiration=90d, title=&quot;{source}: {type}&quot;. May be repeated.</source>
        <translation>在檔案留空處填入此欄位，例如 action=Block、expiration=90d、title=&quot;{source}: {type}&quot;。可重複指定。</translation>
    </message>
    <message>
        <source>There is no defaults preset or file &quot;%1&quot;.</source>
        <translation>沒有名為「%1」的預設值組合或檔案。</translation>
    </message>
    <message>
        <source>In an Excel workbook, read this sheet (its name, or its number from 1) instead of the first.</source>
        <translation>對於 Excel 活頁簿，讀取此工作表（依名稱，或依從 1 開始的編號），而非第一個工作表。</translation>
    </message>
    <message>
        <source>--sheet takes a sheet&apos;s name or number.</source>
        <translation>--sheet 需要工作表的名稱或編號。</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Allowed</source>
        <comment>action value</comment>
        <translation>允許</translation>
    </message>
    <message>
        <source>Audit</source>
        <comment>action value</comment>
        <translation>稽核</translation>
    </message>
    <message>
        <source>Warn</source>
        <comment>action value</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Block</source>
        <comment>action value</comment>
        <translation>封鎖</translation>
    </message>
    <message>
        <source>BlockAndRemediate</source>
        <comment>action value</comment>
        <translation>封鎖並補救</translation>
    </message>
    <message>
        <source>Informational</source>
        <comment>severity value</comment>
        <translation>資訊</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>severity value</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>severity value</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <comment>severity value</comment>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>The tenant already holds the most active indicators it may have (15,000).</source>
        <translation>租用戶的作用中指標數已達上限（15,000 個）。</translation>
    </message>
    <message>
        <source>Delete indicators the tenant no longer needs (Tenant indicators view) or let some expire, then resubmit.</source>
        <translation>請刪除租用戶不再需要的指標（在「租用戶指標」檢視中），或等待部分指標到期，然後重新提交。</translation>
    </message>
    <message>
        <source>The indicator value is empty.</source>
        <translation>指標值為空。</translation>
    </message>
    <message>
        <source>Enter the value, or delete the row.</source>
        <translation>請輸入值，或刪除該列。</translation>
    </message>
    <message>
        <source>Private, loopback and other internal addresses cannot be indicators.</source>
        <translation>私人位址、回送位址和其他內部位址不能用作指標。</translation>
    </message>
    <message>
        <source>Use the public address, or delete the row.</source>
        <translation>請使用公用位址，或刪除該列。</translation>
    </message>
    <message>
        <source>An IP indicator holds a single address, not a range.</source>
        <translation>IP 指標只能包含單個位址，不能是位址範圍。</translation>
    </message>
    <message>
        <source>Enter each address of the range as its own row.</source>
        <translation>請將範圍內的每個位址分別作為一列輸入。</translation>
    </message>
    <message>
        <source>This action cannot be used with this indicator type.</source>
        <translation>此動作不能用於此指標類型。</translation>
    </message>
    <message>
        <source>Choose one of the actions the type allows (the Action column offers only those).</source>
        <translation>請選擇該類型允許的動作之一（「動作」欄僅提供這些動作）。</translation>
    </message>
    <message>
        <source>An Audit indicator must raise an alert.</source>
        <translation>「稽核」指標必須產生警示。</translation>
    </message>
    <message>
        <source>Tick Generate alert, or choose another action.</source>
        <translation>請勾選「產生警示」，或選擇其他動作。</translation>
    </message>
    <message>
        <source>A required field is empty: %1.</source>
        <translation>必填欄位為空：%1。</translation>
    </message>
    <message>
        <source>Fill in %1.</source>
        <translation>請填寫 %1。</translation>
    </message>
    <message>
        <source>%1 is longer than the service accepts.</source>
        <translation>%1 超出了服務接受的長度。</translation>
    </message>
    <message>
        <source>Shorten %1 to at most %2 characters.</source>
        <translation>請將 %1 縮短到最多 %2 個字元。</translation>
    </message>
    <message>
        <source>The indicator value is not valid for its type.</source>
        <translation>指標值對其類型無效。</translation>
    </message>
    <message>
        <source>Check the value (a hash of the right length in hexadecimal, a public IP address, a domain or a URL) or correct the indicator type.</source>
        <translation>請檢查值（長度正確的十六進位雜湊、公用 IP 位址、網域或 URL），或更正指標類型。</translation>
    </message>
    <message>
        <source>The service does not accept the value of %1.</source>
        <translation>服務不接受 %1 的值。</translation>
    </message>
    <message>
        <source>Choose one of the values the %1 column offers.</source>
        <translation>請選擇 %1 欄提供的值之一。</translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <source>Unknown fault &quot;%1&quot;; known: %2.</source>
        <translation>未知故障「%1」；已知的有：%2。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in fault &quot;%2&quot;.</source>
        <translation>故障「%2」中的設定「%1」未知。</translation>
    </message>
    <message>
        <source>Bad value &quot;%1&quot; for %2 in fault &quot;%3&quot;.</source>
        <translation>故障「%3」中 %2 的值「%1」無效。</translation>
    </message>
</context>
<context>
    <name>FileFingerprint</name>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no certificate that can be read (PEM or DER).</source>
        <translation>「%1」中沒有可讀取的憑證（PEM 或 DER）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 certificates; only the first, %3, was taken.</source>
        <translation>「%1」包含 %2 個憑證；只取了第一個：%3。</translation>
    </message>
    <message>
        <source>Certificate %1, issued by %2, from %3</source>
        <translation>憑證 %1，簽發者 %2，來自 %3</translation>
    </message>
    <message>
        <source>%1 is not a leaf certificate (it is a certificate authority or self-signed). Defender acts only on leaf certificates: blocking it will not stop the files it signed.</source>
        <translation>%1 不是分葉憑證（它是憑證授權單位或自我簽署憑證）。Defender 只對分葉憑證起作用：封鎖它不會阻止由它簽署的檔案。</translation>
    </message>
    <message>
        <source>Hash of %1 (%L2 bytes)</source>
        <translation>%1 的雜湊（%L2 位元組）</translation>
    </message>
</context>
<context>
    <name>FixPlan</name>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1（%n 列）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fixes</name>
    <message>
        <source>Change the type to %1</source>
        <translation>將類型改為 %1</translation>
    </message>
    <message>
        <source>Trim the spaces around the value</source>
        <translation>刪除值前後的空格</translation>
    </message>
    <message>
        <source>Restore the value to %1</source>
        <translation>將值還原為 %1</translation>
    </message>
    <message>
        <source>Remove the invisible characters</source>
        <translation>刪除不可見字元</translation>
    </message>
    <message>
        <source>Write the hash in lower case</source>
        <translation>將雜湊改為小寫</translation>
    </message>
    <message>
        <source>Remove the separators from the thumbprint</source>
        <translation>刪除指紋中的分隔符號</translation>
    </message>
    <message>
        <source>Write the address in full form: %1</source>
        <translation>將位址寫為完整形式：%1</translation>
    </message>
    <message>
        <source>Remove the leading zeros: %1</source>
        <translation>刪除前導零：%1</translation>
    </message>
    <message>
        <source>Remove the wildcard: %1</source>
        <translation>刪除萬用字元：%1</translation>
    </message>
    <message>
        <source>Keep only the host name: %1</source>
        <translation>只保留主機名稱：%1</translation>
    </message>
    <message>
        <source>Remove the trailing dot</source>
        <translation>刪除末尾的點</translation>
    </message>
    <message>
        <source>Add http:// in front</source>
        <translation>在前面加上 http://</translation>
    </message>
    <message>
        <source>Use the action %1</source>
        <translation>使用動作 %1</translation>
    </message>
    <message>
        <source>Use the current action %1</source>
        <translation>使用目前的動作 %1</translation>
    </message>
    <message>
        <source>Set Generate alert to true</source>
        <translation>將「產生警示」設為 true</translation>
    </message>
    <message>
        <source>Set Generate alert to false</source>
        <translation>將「產生警示」設為 false</translation>
    </message>
    <message>
        <source>Use the severity %1</source>
        <translation>使用嚴重性 %1</translation>
    </message>
    <message>
        <source>Use %1 (UTC)</source>
        <translation>使用 %1（UTC）</translation>
    </message>
    <message>
        <source>Remove the empty group names</source>
        <translation>刪除空的群組名稱</translation>
    </message>
    <message>
        <source>Use the category %1</source>
        <translation>使用類別 %1</translation>
    </message>
    <message>
        <source>Write the techniques as %1</source>
        <translation>將技術寫為 %1</translation>
    </message>
    <message>
        <source>I have checked this row</source>
        <translation>我已檢查此列</translation>
    </message>
    <message>
        <source>Start it with an apostrophe</source>
        <translation>在開頭加上單引號</translation>
    </message>
    <message>
        <source>Change the type to Url and add http:// in front</source>
        <translation>將類型改為 Url 並在前面加上 http://</translation>
    </message>
    <message>
        <source>Use the severity Informational</source>
        <translation>使用嚴重性 Informational</translation>
    </message>
</context>
<context>
    <name>FreeTextReader</name>
    <message>
        <source>Line %1 is longer than %2 MiB; the text cannot be read.</source>
        <translation>第 %1 行超過 %2 MiB；無法讀取該文字。</translation>
    </message>
    <message>
        <source>The text holds more than %L1 indicators, more than this tool opens at once.</source>
        <translation>文字包含超過 %L1 個指標，超出本工具一次可開啟的數量。</translation>
    </message>
    <message numerus="yes">
        <source>No indicator was found in the text (%n line(s) read).</source>
        <translation>
            <numerusform>在文字中找不到任何指標（已讀取 %n 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators found in the text, by type: %1.</source>
        <translation>在文字中找到的指標（依類型）：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated mention(s) of an indicator already found were taken once.</source>
        <translation>
            <numerusform>%n 處重複提及已找到的指標，只取一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) stand next to words such as victim, sinkhole, legitimate or example; they carry a warning until checked.</source>
        <translation>
            <numerusform>%n 個指標位於「受害者」「沉洞」「合法」或「範例」等字詞旁邊；在檢查之前它們帶有警告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) or address(es) were taken from the hosts of URLs the report names; they carry a warning until checked, since such a row blocks everything on the host.</source>
        <translation>
            <numerusform>從報告所列 URL 的主機中擷取了 %n 個網域或位址；在檢查之前它們帶有警告，因為這樣的列會封鎖該主機上的所有內容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDefaults</name>
    <message>
        <source>&quot;%1&quot; takes no default. Give one of: %2.</source>
        <translation>「%1」不接受預設值。請指定下列其中之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action.</source>
        <translation>「%1」不是動作。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity.</source>
        <translation>「%1」不是嚴重性。</translation>
    </message>
    <message>
        <source>Generate alert is true or false, not &quot;%1&quot;.</source>
        <translation>產生警示應為 true 或 false，而不是「%1」。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation>「%1」不是類別。</translation>
    </message>
    <message>
        <source>The expiration is a number of days (30d), none, or a date and time such as 2027-01-31T00:00:00Z, not &quot;%1&quot;.</source>
        <translation>到期時間應為天數（30d）、none 或日期時間（如 2027-01-31T00:00:00Z），而不是「%1」。</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not &quot;%1&quot;.</source>
        <translation>--set 需要 FIELD=VALUE，而不是「%1」。</translation>
    </message>
    <message>
        <source>The defaults file &quot;%1&quot; cannot be opened: %2</source>
        <translation>無法開啟預設值檔案「%1」：%2</translation>
    </message>
    <message>
        <source>The defaults file &quot;%1&quot; is not a JSON object of FIELD: VALUE.</source>
        <translation>預設值檔案「%1」不是由 FIELD: VALUE 組成的 JSON 物件。</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>%1: %2 (%3). Submitting works as usual; history is not kept until the file is repaired or removed.</source>
        <extracomment>%1 says what failed, %2 is the database&apos;s own message, %3 the file</extracomment>
        <translation>%1：%2（%3）。提交功能照常可用；在修復或刪除該檔案之前，不會保留歷史記錄。</translation>
    </message>
    <message>
        <source>The import history is not available</source>
        <translation>匯入歷史記錄不可用</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is not installed</source>
        <translation>未安裝 Qt 的 SQLite 驅動程式</translation>
    </message>
    <message>
        <source>The import history cannot be opened</source>
        <translation>無法開啟匯入歷史記錄</translation>
    </message>
    <message>
        <source>The import history is damaged</source>
        <translation>匯入歷史記錄已損壞</translation>
    </message>
    <message>
        <source>The import history cannot be written</source>
        <translation>無法寫入匯入歷史記錄</translation>
    </message>
    <message>
        <source>The submission was not added to the history</source>
        <translation>此次提交未新增到歷史記錄中</translation>
    </message>
    <message>
        <source>The import history cannot be read</source>
        <translation>無法讀取匯入歷史記錄</translation>
    </message>
    <message>
        <source>The report cannot be read</source>
        <translation>無法讀取報告</translation>
    </message>
    <message>
        <source>The history was not cleared</source>
        <translation>歷史記錄未清除</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>Cannot create the folder %1 for the import journal.</source>
        <translation>無法為匯入記錄建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot open the import journal %1: %2</source>
        <translation>無法開啟匯入記錄 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the import journal %1: %2</source>
        <translation>無法寫入匯入記錄 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportResultMatcher</name>
    <message>
        <source>the reply has no &quot;value&quot; list of results.</source>
        <translation>回覆中沒有「value」結果清單。</translation>
    </message>
    <message>
        <source>&quot;value&quot; in the reply is not a list.</source>
        <translation>回覆中的「value」不是清單。</translation>
    </message>
    <message>
        <source>the service&apos;s result for this row has no true/false &quot;isFailed&quot;.</source>
        <translation>服務對此列的結果中沒有 true/false 形式的「isFailed」。</translation>
    </message>
    <message>
        <source>the service&apos;s failure reason for this row is not text.</source>
        <translation>服務對此列給出的失敗原因不是文字。</translation>
    </message>
    <message>
        <source>The service marked the row as failed without giving a reason.</source>
        <translation>服務將此列標記為失敗，但未給出原因。</translation>
    </message>
    <message>
        <source>the service reported success for this row without a usable indicator id.</source>
        <translation>服務報告此列成功，但沒有可用的指標 ID。</translation>
    </message>
</context>
<context>
    <name>IssueMessages</name>
    <message>
        <source>Indicator value</source>
        <translation>指標值</translation>
    </message>
    <message>
        <source>Indicator type</source>
        <translation>指標類型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重性</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>建議的動作</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <source>Expiration time</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <source>Device groups</source>
        <translation>裝置群組</translation>
    </message>
    <message>
        <source>Generate alert</source>
        <translation>產生警示</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>MITRE techniques</source>
        <translation>MITRE 技術</translation>
    </message>
    <message>
        <source>Educate URL</source>
        <translation>教育 URL</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Indicator value is missing</source>
        <translation>缺少指標值</translation>
    </message>
    <message>
        <source>Spaces around the value</source>
        <translation>值前後有空格</translation>
    </message>
    <message>
        <source>Defanged value</source>
        <translation>已去活化的值</translation>
    </message>
    <message>
        <source>Value is too long</source>
        <translation>值過長</translation>
    </message>
    <message>
        <source>Invisible characters in the value</source>
        <translation>值中有不可見字元</translation>
    </message>
    <message>
        <source>Value does not match its type</source>
        <translation>值與其類型不符</translation>
    </message>
    <message>
        <source>Hash has the wrong length</source>
        <translation>雜湊長度錯誤</translation>
    </message>
    <message>
        <source>Hash is not hexadecimal</source>
        <translation>雜湊不是十六進位</translation>
    </message>
    <message>
        <source>Upper-case hash</source>
        <translation>大寫雜湊</translation>
    </message>
    <message>
        <source>Invalid certificate thumbprint</source>
        <translation>憑證指紋無效</translation>
    </message>
    <message>
        <source>Invalid IP address</source>
        <translation>IP 位址無效</translation>
    </message>
    <message>
        <source>CIDR block instead of an address</source>
        <translation>使用了 CIDR 位址塊而不是單個位址</translation>
    </message>
    <message>
        <source>IP range or wildcard</source>
        <translation>IP 範圍或萬用字元</translation>
    </message>
    <message>
        <source>IP address is not public</source>
        <translation>IP 位址不是公用位址</translation>
    </message>
    <message>
        <source>IPv6 address is not in full form</source>
        <translation>IPv6 位址不是完整形式</translation>
    </message>
    <message>
        <source>Leading zeros in an IPv4 address</source>
        <translation>IPv4 位址中有前導零</translation>
    </message>
    <message>
        <source>Invalid domain name</source>
        <translation>網域名稱無效</translation>
    </message>
    <message>
        <source>Wildcard in a domain</source>
        <translation>網域中有萬用字元</translation>
    </message>
    <message>
        <source>URL given as a domain</source>
        <translation>將 URL 作為網域提供</translation>
    </message>
    <message>
        <source>Domain ends with a dot</source>
        <translation>網域以點結尾</translation>
    </message>
    <message>
        <source>Invalid URL</source>
        <translation>URL 無效</translation>
    </message>
    <message>
        <source>URL without http:// or https://</source>
        <translation>URL 缺少 http:// 或 https://</translation>
    </message>
    <message>
        <source>Unsupported URL scheme</source>
        <translation>不支援的 URL 通訊協定</translation>
    </message>
    <message>
        <source>Invalid host in a URL</source>
        <translation>URL 中的主機無效</translation>
    </message>
    <message>
        <source>Wildcard in a URL</source>
        <translation>URL 中有萬用字元</translation>
    </message>
    <message>
        <source>User name or password in a URL</source>
        <translation>URL 中有使用者名稱或密碼</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>重複列</translation>
    </message>
    <message>
        <source>Conflicting actions for one indicator</source>
        <translation>同一指標的動作相互衝突</translation>
    </message>
    <message>
        <source>Indicator type is missing</source>
        <translation>缺少指標類型</translation>
    </message>
    <message>
        <source>Unknown indicator type</source>
        <translation>未知的指標類型</translation>
    </message>
    <message>
        <source>Action is missing</source>
        <translation>缺少動作</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>未知的動作</translation>
    </message>
    <message>
        <source>Legacy action name</source>
        <translation>舊版動作名稱</translation>
    </message>
    <message>
        <source>Action not available for this type</source>
        <translation>此類型不支援該動作</translation>
    </message>
    <message>
        <source>Generate alert is not true or false</source>
        <translation>「產生警示」不是 true 或 false</translation>
    </message>
    <message>
        <source>Audit without Generate alert</source>
        <translation>「稽核」動作未啟用「產生警示」</translation>
    </message>
    <message>
        <source>Unknown severity</source>
        <translation>未知的嚴重性</translation>
    </message>
    <message>
        <source>Title is missing</source>
        <translation>缺少標題</translation>
    </message>
    <message>
        <source>Title is too long</source>
        <translation>標題過長</translation>
    </message>
    <message>
        <source>Invisible characters in the title</source>
        <translation>標題中有不可見字元</translation>
    </message>
    <message>
        <source>Description is missing</source>
        <translation>缺少描述</translation>
    </message>
    <message>
        <source>Description is too long</source>
        <translation>描述過長</translation>
    </message>
    <message>
        <source>Invisible characters in the description</source>
        <translation>描述中有不可見字元</translation>
    </message>
    <message>
        <source>Recommended actions are too long</source>
        <translation>建議的動作過長</translation>
    </message>
    <message>
        <source>Invisible characters in the recommended actions</source>
        <translation>建議的動作中有不可見字元</translation>
    </message>
    <message>
        <source>Application is too long</source>
        <translation>應用程式過長</translation>
    </message>
    <message>
        <source>Invisible characters in the application</source>
        <translation>應用程式中有不可見字元</translation>
    </message>
    <message>
        <source>External ID is too long</source>
        <translation>外部 ID 過長</translation>
    </message>
    <message>
        <source>Invalid expiration time</source>
        <translation>到期時間無效</translation>
    </message>
    <message>
        <source>Expiration time has passed</source>
        <translation>到期時間已過</translation>
    </message>
    <message>
        <source>Empty device group name</source>
        <translation>裝置群組名稱為空</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>未知的類別</translation>
    </message>
    <message>
        <source>Invalid MITRE technique</source>
        <translation>MITRE 技術無效</translation>
    </message>
    <message>
        <source>MITRE techniques without a category</source>
        <translation>有 MITRE 技術但沒有類別</translation>
    </message>
    <message>
        <source>Invalid educate URL</source>
        <translation>教育 URL 無效</translation>
    </message>
    <message>
        <source>Educate URL has no effect</source>
        <translation>教育 URL 不起作用</translation>
    </message>
    <message>
        <source>Extra values in the row</source>
        <translation>列中有多餘的值</translation>
    </message>
    <message>
        <source>Unterminated quote</source>
        <translation>引號未閉合</translation>
    </message>
    <message>
        <source>JSON element is not an object</source>
        <translation>JSON 元素不是物件</translation>
    </message>
    <message>
        <source>JSON value of the wrong type</source>
        <translation>JSON 值的類型錯誤</translation>
    </message>
    <message>
        <source>Numeric category without a name</source>
        <translation>數字類別沒有名稱</translation>
    </message>
    <message>
        <source>Every indicator needs a value: the hash, address, domain, URL or thumbprint to act on.</source>
        <translation>每個指標都需要一個值：要執行動作的雜湊、位址、網域、URL 或指紋。</translation>
    </message>
    <message>
        <source>The value has spaces or line breaks before or after it; Defender would not match it. Apply the fix to trim them.</source>
        <translation>值前後有空格或換行字元，Defender 將無法比對。請套用修正以刪除它們。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written in defanged form (hxxp, [.], [:]). Apply the fix to restore the real value.</source>
        <translation>「%1」是去活化形式（hxxp、[.]、[:]）。請套用修正以還原真實值。</translation>
    </message>
    <message>
        <source>The value has %1 characters; at most %2 are accepted.</source>
        <translation>值有 %1 個字元；最多接受 %2 個。</translation>
    </message>
    <message>
        <source>The value contains control or invisible characters that cannot be part of an indicator.</source>
        <translation>值中含有控制字元或不可見字元，它們不能出現在指標中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>「%1」不是有效的 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a %2, not a %3. Apply the fix to change the type.</source>
        <translation>「%1」看起來是 %2，而不是 %3。請套用修正以變更類型。</translation>
    </message>
    <message>
        <source>A %1 hash has %2 hexadecimal digits; this one has %3.</source>
        <translation>%1 雜湊應有 %2 位十六進位數字；此值有 %3 位。</translation>
    </message>
    <message>
        <source>A %1 hash may contain only the digits 0-9 and the letters a-f.</source>
        <translation>%1 雜湊只能包含數字 0-9 和字母 a-f。</translation>
    </message>
    <message>
        <source>The hash has upper-case letters. Defender stores hashes in lower case; apply the fix so that duplicates are recognised.</source>
        <translation>雜湊中有大寫字母。Defender 以小寫形式儲存雜湊；請套用修正，以便識別重複項目。</translation>
    </message>
    <message>
        <source>A certificate thumbprint is the certificate&apos;s SHA-1 hash: 40 hexadecimal digits, without spaces or colons.</source>
        <translation>憑證指紋是憑證的 SHA-1 雜湊：40 位十六進位數字，不含空格或冒號。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (like 203.0.113.7) or a full IPv6 address.</source>
        <translation>「%1」不是 IPv4 位址（如 203.0.113.7），也不是完整的 IPv6 位址。</translation>
    </message>
    <message>
        <source>Defender does not accept CIDR blocks such as &quot;%1&quot;. Add each address as its own indicator.</source>
        <translation>Defender 不接受「%1」這樣的 CIDR 位址塊。請將每個位址分別新增為指標。</translation>
    </message>
    <message>
        <source>Defender does not accept IP ranges or wildcards such as &quot;%1&quot;. Add each address as its own indicator.</source>
        <translation>Defender 不接受「%1」這樣的 IP 範圍或萬用字元。請將每個位址分別新增為指標。</translation>
    </message>
    <message>
        <source>%1 is in the %2 range. Only public (external) addresses can be indicators.</source>
        <translation>%1 屬於 %2 範圍。只有公用（外部）位址才能作為指標。</translation>
    </message>
    <message>
        <source>Defender expects IPv6 addresses with all eight groups. Apply the fix to write it as %1.</source>
        <translation>Defender 要求 IPv6 位址寫出全部八組。請套用修正，將其寫為 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a part with a leading zero, which some systems read as octal. Write each part without leading zeros.</source>
        <translation>「%1」中有帶前導零的部分，某些系統會將其視為八進位。請去掉每部分的前導零。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name: use letters, digits and hyphens, labels of at most 63 characters separated by dots, and a top-level domain.</source>
        <translation>「%1」不是有效的網域名稱：請使用字母、數字和連字元，各標籤最多 63 個字元並以點分隔，且需有頂層網域。</translation>
    </message>
    <message>
        <source>Wildcards are not supported. A domain indicator already covers all of its subdomains, so apply the fix to remove &quot;*.&quot;.</source>
        <translation>不支援萬用字元。網域指標已涵蓋其所有子網域，請套用修正以刪除「*.」。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a URL, not a domain. Change the type to Url or keep only the host name.</source>
        <translation>「%1」是 URL，不是網域。請將類型改為 Url，或只保留主機名稱。</translation>
    </message>
    <message>
        <source>The domain ends with a dot. Apply the fix to remove it.</source>
        <translation>網域以點結尾。請套用修正以刪除它。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>「%1」不是有效的 URL。</translation>
    </message>
    <message>
        <source>The URL has no scheme. Write it with http:// or https://, or change the type to DomainName.</source>
        <translation>URL 缺少通訊協定。請加上 http:// 或 https://，或將類型改為 DomainName。</translation>
    </message>
    <message>
        <source>Only http:// and https:// URLs can be indicators.</source>
        <translation>只有 http:// 和 https:// URL 才能作為指標。</translation>
    </message>
    <message>
        <source>The host part of &quot;%1&quot; is not a valid domain name or IP address.</source>
        <translation>「%1」的主機部分不是有效的網域名稱或 IP 位址。</translation>
    </message>
    <message>
        <source>Wildcards are not supported in URLs. A URL indicator already covers everything below its path.</source>
        <translation>URL 中不支援萬用字元。URL 指標已涵蓋其路徑下的所有內容。</translation>
    </message>
    <message>
        <source>The URL contains a user name or password. Check that sharing it with Defender is intended.</source>
        <translation>URL 中含有使用者名稱或密碼。請確認確實要將其提供給 Defender。</translation>
    </message>
    <message>
        <source>Same indicator as row %1 (type, value, action and device groups). Only the first is sent.</source>
        <translation>與第 %1 列是同一指標（類型、值、動作和裝置群組均相同）。只傳送第一個。</translation>
    </message>
    <message>
        <source>Same indicator as an earlier row (type, value, action and device groups). Only the first is sent.</source>
        <translation>與前面某一列是同一指標（類型、值、動作和裝置群組均相同）。只傳送第一個。</translation>
    </message>
    <message>
        <source>Row %1 has the same indicator with a different action. Keep one action per indicator and device groups.</source>
        <translation>第 %1 列是同一指標但動作不同。同一指標和裝置群組只能保留一個動作。</translation>
    </message>
    <message>
        <source>Another row has the same indicator with a different action. Keep one action per indicator and device groups.</source>
        <translation>另一列是同一指標但動作不同。同一指標和裝置群組只能保留一個動作。</translation>
    </message>
    <message>
        <source>Choose the indicator type: FileSha1, FileSha256, FileMd5, CertificateThumbprint, IpAddress, DomainName or Url.</source>
        <translation>請選擇指標類型：FileSha1、FileSha256、FileMd5、CertificateThumbprint、IpAddress、DomainName 或 Url。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator type. Use FileSha1, FileSha256, FileMd5, CertificateThumbprint, IpAddress, DomainName or Url.</source>
        <translation>「%1」不是指標類型。請使用 FileSha1、FileSha256、FileMd5、CertificateThumbprint、IpAddress、DomainName 或 Url。</translation>
    </message>
    <message>
        <source>Choose an action: Allowed, Audit, Warn, Block or BlockAndRemediate.</source>
        <translation>請選擇動作：Allowed、Audit、Warn、Block 或 BlockAndRemediate。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action. Use Allowed, Audit, Warn, Block or BlockAndRemediate.</source>
        <translation>「%1」不是動作。請使用 Allowed、Audit、Warn、Block 或 BlockAndRemediate。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a legacy action name; Defender now calls it %2.</source>
        <translation>「%1」是舊版動作名稱；Defender 現在稱為 %2。</translation>
    </message>
    <message>
        <source>Certificates can only be Allowed or BlockAndRemediate.</source>
        <translation>憑證只能使用 Allowed 或 BlockAndRemediate。</translation>
    </message>
    <message>
        <source>%1 is not available for %2 indicators; use Allowed, Audit, Warn or Block.</source>
        <translation>%2 指標不支援 %1；請使用 Allowed、Audit、Warn 或 Block。</translation>
    </message>
    <message>
        <source>Generate alert must be true or false, not &quot;%1&quot;.</source>
        <translation>「產生警示」必須為 true 或 false，而不是「%1」。</translation>
    </message>
    <message>
        <source>The Audit action only records events when an alert is generated: set Generate alert to true.</source>
        <translation>「稽核」動作僅在產生警示時記錄事件：請將「產生警示」設為 true。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity. Use Informational, Low, Medium or High.</source>
        <translation>「%1」不是嚴重性。請使用 Informational、Low、Medium 或 High。</translation>
    </message>
    <message>
        <source>Every indicator needs a title; it becomes the alert title.</source>
        <translation>每個指標都需要標題，它將作為警示標題。</translation>
    </message>
    <message>
        <source>The title has %1 characters; at most %2 are accepted.</source>
        <translation>標題有 %1 個字元；最多接受 %2 個。</translation>
    </message>
    <message>
        <source>Every indicator needs a description.</source>
        <translation>每個指標都需要描述。</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are accepted.</source>
        <translation>描述有 %1 個字元；最多接受 %2 個。</translation>
    </message>
    <message>
        <source>The recommended actions have %1 characters; at most %2 are accepted.</source>
        <translation>建議的動作有 %1 個字元；最多接受 %2 個。</translation>
    </message>
    <message>
        <source>The application has %1 characters; at most %2 are accepted.</source>
        <translation>應用程式有 %1 個字元；最多接受 %2 個。</translation>
    </message>
    <message>
        <source>The external ID has %1 characters; at most %2 are accepted.</source>
        <translation>外部 ID 有 %1 個字元；最多接受 %2 個。</translation>
    </message>
    <message>
        <source>The text contains control characters or right-to-left override marks that can disguise what an alert says. Apply the fix to remove them.</source>
        <translation>文字中含有控制字元或從右到左覆蓋標記，可能掩蓋警示的真實內容。請套用修正以刪除它們。</translation>
    </message>
    <message>
        <source>Expiration times are written as 2027-01-31T00:00:00Z. Apply the fix to use %1 (UTC).</source>
        <translation>到期時間應寫為 2027-01-31T00:00:00Z 的形式。請套用修正以使用 %1（UTC）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Write it as 2027-01-31T00:00:00Z, or leave it blank for never.</source>
        <translation>「%1」不是日期和時間。請寫為 2027-01-31T00:00:00Z，或留空表示永不到期。</translation>
    </message>
    <message>
        <source>The expiration time %1 has passed; Defender would delete the indicator at once.</source>
        <translation>到期時間 %1 已過；Defender 會立即刪除該指標。</translation>
    </message>
    <message>
        <source>The device group list has an empty name (two commas in a row, or a comma at the end).</source>
        <translation>裝置群組清單中有空名稱（連續兩個逗號，或末尾有逗號）。</translation>
    </message>
    <message>
        <source>Categories are written in PascalCase: apply the fix to use %1.</source>
        <translation>類別應使用 PascalCase 寫法：請套用修正以使用 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category. Use one of: %2.</source>
        <translation>「%1」不是類別。請使用以下之一：%2。</translation>
    </message>
    <message>
        <source>MITRE technique ids look like T1566 or T1566.001, separated by commas.</source>
        <translation>MITRE 技術 ID 形如 T1566 或 T1566.001，以逗號分隔。</translation>
    </message>
    <message>
        <source>MITRE techniques are given without a category; the portal expects a category with them.</source>
        <translation>提供了 MITRE 技術但沒有類別；入口網站要求同時提供類別。</translation>
    </message>
    <message>
        <source>The educate URL must be an http:// or https:// address.</source>
        <translation>教育 URL 必須是 http:// 或 https:// 位址。</translation>
    </message>
    <message>
        <source>Defender shows the educate URL only for Url indicators with the Block or Warn action.</source>
        <translation>Defender 僅對動作為 Block 或 Warn 的 Url 指標顯示教育 URL。</translation>
    </message>
    <message>
        <source>This row had more values than the file has columns; these were not imported: %1</source>
        <translation>此列的值多於檔案的欄數；以下值未匯入：%1</translation>
    </message>
    <message>
        <source>A quoted field in this row never ends, so the rest of the file was read into it. Check the row and the lines after it.</source>
        <translation>此列中有一個帶引號的欄位沒有結束，因此檔案的其餘部分都被讀入了該欄位。請檢查此列及其後的各行。</translation>
    </message>
    <message>
        <source>This element of the JSON array is %1, not an indicator object.</source>
        <translation>JSON 陣列中的此元素是 %1，而不是指標物件。</translation>
    </message>
    <message>
        <source>These JSON properties had a value of the wrong type and were kept as text: %1</source>
        <translation>以下 JSON 屬性的值類型錯誤，已按文字保留：%1</translation>
    </message>
    <message>
        <source>The service returned category %1, whose name is not documented; the category was left blank.</source>
        <translation>服務傳回的類別為 %1，其名稱未見於文件；類別已留空。</translation>
    </message>
    <message>
        <source>Title starts like a spreadsheet formula</source>
        <translation>標題以試算表公式的形式開頭</translation>
    </message>
    <message>
        <source>Description starts like a spreadsheet formula</source>
        <translation>描述以試算表公式的形式開頭</translation>
    </message>
    <message>
        <source>Recommended actions start like a spreadsheet formula</source>
        <translation>建議的動作以試算表公式的形式開頭</translation>
    </message>
    <message>
        <source>The text starts with = + - or @, so a spreadsheet that opens an export of these alerts may run it as a formula. If that is not meant, apply the fix to start it with an apostrophe, which spreadsheets show as text.</source>
        <translation>文字以 = + - 或 @ 開頭，開啟這些警示匯出檔的試算表可能會將其當作公式執行。如非有意，請套用修正，在開頭加上單引號，試算表會將其顯示為文字。</translation>
    </message>
    <message>
        <source>Not meant for detection</source>
        <translation>不用於偵測</translation>
    </message>
    <message>
        <source>The MISP attribute (%1) is marked not for detection (to_ids false), so it is not sent. If it should block or alert all the same, apply the fix.</source>
        <translation>此 MISP 屬性（%1）被標示為不用於偵測（to_ids 為 false），因此不會傳送。如果仍要封鎖或發出警示，請套用修正。</translation>
    </message>
    <message>
        <source>Not a domain: no such top-level domain</source>
        <translation>不是網域：沒有這樣的頂層網域</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has spaces before or after it; without them it is the action %2. Apply the fix to remove them.</source>
        <extracomment>%1 is the action as written, with its spaces; %2 the action without them</extracomment>
        <translation>「%1」前後有空格；去掉空格後即為動作 %2。套用修正以移除空格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain: &quot;.%2&quot; is not a top-level domain. If it is a file name, Defender has no file-name indicator; add the file&apos;s hash (FileSha256) instead.</source>
        <extracomment>%1 is the value, %2 its last part (such as dll or exe)</extracomment>
        <translation>「%1」不是網域：「.%2」不是頂層網域。如果它是檔案名稱：Defender 沒有檔案名稱指標，請改為新增該檔案的雜湊 (FileSha256)。</translation>
    </message>
    <message>
        <source>The report may not call this malicious</source>
        <translation>報告可能並未稱其為惡意</translation>
    </message>
    <message>
        <source>The report mentions this value next to &quot;%1&quot;: it may be a victim, a sinkhole, a legitimate service or an example rather than the attacker&apos;s. Read the description (the report&apos;s line) before blocking it; apply the fix once checked.</source>
        <extracomment>%1 is the word of the report next to the value, as written (such as victim or sinkhole)</extracomment>
        <translation>報告在「%1」旁邊提到此值：它可能是受害者、沉洞、合法服務或範例，而不是攻擊者的。封鎖之前請閱讀描述（報告中的該行）；檢查後套用此修正。</translation>
    </message>
    <message>
        <source>Well-known benign value</source>
        <translation>常見的良性值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on the list of well-known values that reports mention without accusing them: documentation examples, public DNS resolvers, the services of big vendors, the hash of an empty file. Blocking it would likely block something everyone uses. If it really is malicious here, apply the fix once checked.</source>
        <extracomment>%1 is the value</extracomment>
        <translation>「%1」在常見值清單中：報告會提到這些值，但並不認為它們是惡意的，例如文件範例、公用 DNS 解析程式、大型廠商的服務、空白檔案的雜湊。封鎖它很可能會封鎖所有人都在使用的內容。如果它在此處確實是惡意的，請檢查後套用此修正。</translation>
    </message>
    <message>
        <source>Severity not used by Block</source>
        <translation>封鎖不使用嚴重性</translation>
    </message>
    <message>
        <source>Allowed and blocked in different rows</source>
        <translation>在不同列中既允許又封鎖</translation>
    </message>
    <message>
        <source>File allowed while a certificate is blocked</source>
        <translation>憑證被封鎖時允許檔案</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a legacy action name: the API takes it as BlockAndRemediate with Generate alert on, and the portal&apos;s CSV import refuses it. Apply the fix to use BlockAndRemediate with Generate alert set to true.</source>
        <translation>「%1」是舊版動作名稱：API 將其視為開啟產生警示的 BlockAndRemediate，入口網站的 CSV 匯入會拒絕它。套用修正以使用 BlockAndRemediate 並將產生警示設為 true。</translation>
    </message>
    <message>
        <source>Block raises a generic alert of severity Informational, not one with this row&apos;s title and severity %1. Apply the fix to write Informational; to get an alert with your own title and severity, use Audit instead.</source>
        <translation>封鎖會引發嚴重性為「資訊」的一般警示，而不是帶有此列標題和嚴重性 %1 的警示。套用修正以寫入 Informational；如需帶有自己標題和嚴重性的警示，請改用稽核 (Audit)。</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Another row</source>
        <translation>另一列</translation>
    </message>
    <message>
        <source>%1 has the same file with the opposite action (Allowed against a block) for other device groups. On a device in both, Defender applies the indicator of the device group over the one for all devices, which may not be the one you expect. Give each device group one action, or remove one of the rows.</source>
        <extracomment>%1 is &quot;Row 12&quot; or &quot;Another row&quot;</extracomment>
        <translation>%1 對其他裝置群組的同一檔案使用相反的動作（允許與封鎖）。在兩者都適用的裝置上，Defender 優先套用裝置群組的指標而非適用於所有裝置的指標，這可能並非您所預期的。請為每個裝置群組只指定一個動作，或刪除其中一列。</translation>
    </message>
    <message>
        <source>%1 has the same value with the opposite action (Allowed against a block) for other device groups. On a device in both, Defender lets Allowed win (Allowed before Warn before Block), so the block does not apply there. Give each device group one action, or remove one of the rows.</source>
        <extracomment>%1 is &quot;Row 12&quot; or &quot;Another row&quot;</extracomment>
        <translation>%1 對其他裝置群組的同一值使用相反的動作（允許與封鎖）。在兩者都適用的裝置上，Defender 以允許為準（允許優先於警告，警告優先於封鎖），因此封鎖在那裡不會生效。請為每個裝置群組只指定一個動作，或刪除其中一列。</translation>
    </message>
    <message>
        <source>%1 blocks a certificate and this row allows a file by its hash. If the file is signed with a blocked certificate, the certificate indicator wins and Defender does not support the combination. The table cannot tell which files a certificate signs; if this one is, remove the Allow or the certificate Block.</source>
        <extracomment>%1 is &quot;Row 12&quot; or &quot;Another row&quot;</extracomment>
        <translation>%1 封鎖了一個憑證，而此列依雜湊允許一個檔案。如果該檔案由被封鎖的憑證簽署，則憑證指標優先，且 Defender 不支援這種組合。表格無法判斷憑證簽署了哪些檔案；如果此檔案是，請移除允許或憑證封鎖。</translation>
    </message>
    <message>
        <source>Taken from a URL&apos;s host</source>
        <translation>取自 URL 的主機</translation>
    </message>
    <message>
        <source>The report names this host only in the URL %1. Defender enforces the path of an HTTPS URL only in Microsoft Edge; in other browsers only a domain or address indicator blocks it, and it blocks everything on the host. Remove this row when the host also serves harmless content (a file host, a CDN, a shared site); apply the fix to keep it.</source>
        <extracomment>%1 is the URL the domain or address was taken from</extracomment>
        <translation>報告僅在 URL %1 中提到此主機。Defender 僅在 Microsoft Edge 中強制執行 HTTPS URL 的路徑；在其他瀏覽器中，只有網域或位址指標才能封鎖它，而它會封鎖該主機上的所有內容。如果該主機也提供無害內容（檔案代管、CDN、共用網站），請刪除此列；如要保留，請套用修正。</translation>
    </message>
</context>
<context>
    <name>JsonTableReader</name>
    <message>
        <source>The JSON is nested more than %1 levels deep near line %2.</source>
        <translation>JSON 在第 %2 行附近的巢狀深度超過 %1 層。</translation>
    </message>
    <message>
        <source>A JSON element near line %1 is larger than %2 MiB.</source>
        <translation>第 %1 行附近的 JSON 元素超過 %2 MiB。</translation>
    </message>
    <message>
        <source>The JSON ends too early, near line %1.</source>
        <translation>JSON 在第 %1 行附近過早結束。</translation>
    </message>
    <message>
        <source>The JSON is malformed near line %1.</source>
        <translation>JSON 在第 %1 行附近格式錯誤。</translation>
    </message>
    <message>
        <source>The JSON is malformed near line %1: %2.</source>
        <translation>JSON 在第 %1 行附近格式錯誤：%2。</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than this tool opens at once.</source>
        <translation>檔案超過 %L1 列，超出本工具一次可開啟的列數。</translation>
    </message>
    <message>
        <source>The JSON object has no &quot;Indicators&quot; or &quot;value&quot; array and is not an indicator.</source>
        <translation>此 JSON 物件沒有「Indicators」或「value」陣列，也不是指標。</translation>
    </message>
    <message>
        <source>The JSON holds a single indicator object. Put it in an array or in {&quot;Indicators&quot;: [...]} to import it.</source>
        <translation>此 JSON 只包含單個指標物件。請將其放入陣列或 {&quot;Indicators&quot;: [...]} 中再匯入。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案為空。</translation>
    </message>
    <message>
        <source>The file is not JSON: it must start with [ or {.</source>
        <translation>檔案不是 JSON：必須以 [ 或 { 開頭。</translation>
    </message>
    <message>
        <source>There is text after the end of the JSON, near line %1.</source>
        <translation>JSON 結束後在第 %1 行附近還有文字。</translation>
    </message>
    <message numerus="yes">
        <source>The property &quot;%1&quot; is not an indicator field and was not imported (%n row(s)).</source>
        <translation>
            <numerusform>屬性「%1」不是指標欄位，未匯入（%n 列）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MispReader</name>
    <message>
        <source>The file is not MISP JSON: it must start with [ or {.</source>
        <translation>該檔案不是 MISP JSON：它必須以 [ 或 { 開頭。</translation>
    </message>
    <message>
        <source>There is text after the end of the JSON, near line %1.</source>
        <translation>JSON 結束後還有文字，在第 %1 行附近。</translation>
    </message>
    <message>
        <source>The MISP JSON holds no attributes.</source>
        <translation>該 MISP JSON 不包含任何屬性。</translation>
    </message>
    <message numerus="yes">
        <source>%n MISP attribute(s) of type &quot;%1&quot; were not imported: Defender has no indicator type for them.</source>
        <translation>
            <numerusform>%n 個類型為「%1」的 MISP 屬性未匯入：Defender 沒有對應的指標類型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) are marked not for detection (to_ids false); their rows are not sent until you check them.</source>
        <translation>
            <numerusform>%n 個屬性被標示為不用於偵測（to_ids 為 false）；在您檢查之前，這些列不會傳送。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has more than %L1 indicators, more than this tool opens at once.</source>
        <translation>檔案包含超過 %L1 個指標，超出本工具一次可開啟的數量。</translation>
    </message>
</context>
<context>
    <name>MultiTenantCommands</name>
    <message>
        <source>== Tenant %1 of %2: %3 (%4) ==</source>
        <translation>== 租用戶 %1/%2：%3（%4）==</translation>
    </message>
    <message>
        <source>Row %1 failed: %2</source>
        <translation>第 %1 列失敗：%2</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n 個待建立</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n 個待更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 個未變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of ours to delete</source>
        <translation>
            <numerusform>%n 個我們的待刪除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 列未傳送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n 個已建立</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n 個已更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 個失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n 個已刪除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次呼叫</numerusform>
        </translation>
    </message>
    <message>
        <source>To create</source>
        <translation>待建立</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>待更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未變更</translation>
    </message>
    <message>
        <source>To delete</source>
        <translation>待刪除</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未傳送</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>結束代碼</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is given twice.</source>
        <translation>設定檔「%1」指定了兩次。</translation>
    </message>
    <message>
        <source>Tenant %1 of %2: %3 (%4)…</source>
        <translation>租用戶 %1/%2：%3（%4）…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>Ownership</name>
    <message>
        <source>Ours</source>
        <extracomment>Who made an indicator: this app registration or the signed-in user</extracomment>
        <translation>我們的</translation>
    </message>
    <message>
        <source>Portal</source>
        <extracomment>Who made an indicator: an analyst in the Microsoft Defender portal</extracomment>
        <translation>入口網站</translation>
    </message>
    <message>
        <source>Defender for Cloud Apps</source>
        <extracomment>Who made an indicator: Microsoft Defender for Cloud Apps (unsanctioned apps)</extracomment>
        <translation>Defender for Cloud Apps</translation>
    </message>
    <message>
        <source>Another app</source>
        <extracomment>Who made an indicator: another app registration or tool</extracomment>
        <translation>其他應用程式</translation>
    </message>
</context>
<context>
    <name>PdfReportReader</name>
    <message>
        <source>The PDF is larger than %L1 MiB; it is not read.</source>
        <translation>該 PDF 大於 %L1 MiB；不讀取該檔案。</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>該檔案不是 PDF 文件。</translation>
    </message>
    <message>
        <source>The PDF is truncated or damaged: it has no end-of-file marker.</source>
        <translation>該 PDF 已被截斷或損毀：缺少檔案結尾標記。</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>該 PDF 已損毀，無法讀取。</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Open it in a PDF viewer, save a copy without the password, and read that copy.</source>
        <translation>該 PDF 受密碼保護。請在 PDF 檢視器中開啟它，另存一份不含密碼的複本，再讀取該複本。</translation>
    </message>
    <message>
        <source>The PDF has no pages that can be read; it may be damaged.</source>
        <translation>該 PDF 沒有可讀取的頁面；它可能已損毀。</translation>
    </message>
    <message>
        <source>The PDF has %L1 pages; reports of more than %L2 pages are not read.</source>
        <translation>該 PDF 有 %L1 頁；不讀取超過 %L2 頁的報告。</translation>
    </message>
    <message>
        <source>Reading the PDF took longer than %1 seconds (page %2 of %3); it is not read.</source>
        <translation>讀取該 PDF 超過 %1 秒（第 %2 頁，共 %3 頁）；不讀取該檔案。</translation>
    </message>
    <message numerus="yes">
        <source>The PDF holds no text (%n page(s)); its pages may be scanned images, and text in images is not recognised.</source>
        <translation>
            <numerusform>該 PDF 不含文字（%n 頁）；其頁面可能是掃描影像，不會辨識影像中的文字。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>設定檔需要名稱。</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>設定檔名稱不能以空格開頭或結尾。</translation>
    </message>
    <message>
        <source>A profile name has at most 64 characters.</source>
        <translation>設定檔名稱最多 64 個字元。</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters.</source>
        <translation>設定檔名稱不能包含控制字元。</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM or PFX) of the app registration.</source>
        <translation>請選擇應用程式註冊的憑證檔案（PEM 或 PFX）。</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>無法讀取憑證檔案 %1。</translation>
    </message>
    <message>
        <source>App registration with a client secret</source>
        <translation>使用用戶端密碼的應用程式註冊</translation>
    </message>
    <message>
        <source>App registration with a certificate</source>
        <translation>使用憑證的應用程式註冊</translation>
    </message>
    <message>
        <source>My account, with a code (device code)</source>
        <translation>我的帳戶，使用代碼（裝置代碼）</translation>
    </message>
    <message>
        <source>My account, in the web browser</source>
        <translation>我的帳戶，在 Web 瀏覽器中</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>indicator-manager-cli: %1</source>
        <translation>indicator-manager-cli：%1</translation>
    </message>
    <message>
        <source>%1 takes no file name.</source>
        <translation>%1 不接受檔名。</translation>
    </message>
    <message>
        <source>  login --profile NAME --tenant ID --client-id ID [--cloud NAME] [--api-url URL --login-url URL]
        [--ca-file PEM] (--client-secret-stdin | --certificate FILE [--certificate-passphrase-stdin]
        | --device-code) [--json]
      Sign in once and save the profile: its settings in the configuration, the client secret, the
      certificate&apos;s passphrase or your account&apos;s refresh token in the system keychain (never in a
      file). --device-code signs in with your own account: open the address shown and enter the
      code. Exit code 0: signed in and saved; 2: bad input; 3: sign-in failed or the keychain is
      not available; 4: the service could not be reached.
  logout --profile NAME [--forget]
      Remove the profile&apos;s secrets from the system keychain (--forget: the profile too).
  profiles [--json]
      List the saved profiles.
</source>
        <translation>  login --profile NAME --tenant ID --client-id ID [--cloud NAME] [--api-url URL --login-url URL]
        [--ca-file PEM] (--client-secret-stdin | --certificate FILE [--certificate-passphrase-stdin]
        | --device-code) [--json]
      登入一次並儲存設定檔：其設定儲存在組態中，用戶端密碼、憑證密碼
      或您帳戶的重新整理權杖儲存在系統認證存放區中（絕不儲存在檔案中）。
      --device-code 使用您自己的帳戶登入：開啟顯示的位址並輸入代碼。
      結束代碼 0：已登入並儲存；2：輸入錯誤；3：登入失敗或認證存放區
      不可用；4：無法連線到服務。
  logout --profile NAME [--forget]
      從系統認證存放區中刪除設定檔的密碼（--forget：同時刪除設定檔）。
  profiles [--json]
      列出已儲存的設定檔。
</translation>
    </message>
    <message>
        <source>Sign in with this certificate (PEM with its key, or PFX).</source>
        <translation>使用此憑證登入（含私鑰的 PEM，或 PFX）。</translation>
    </message>
    <message>
        <source>Read the certificate&apos;s passphrase from standard input.</source>
        <translation>從標準輸入讀取憑證的密碼。</translation>
    </message>
    <message>
        <source>Sign in with your own account, entering a code in a browser.</source>
        <translation>使用您自己的帳戶登入，在瀏覽器中輸入代碼。</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>輸出一個 JSON 物件，而不是文字。</translation>
    </message>
    <message>
        <source>login needs --profile NAME.</source>
        <translation>login 需要 --profile NAME。</translation>
    </message>
    <message>
        <source>login takes one of --client-secret-stdin, --certificate FILE or --device-code.</source>
        <translation>login 需要 --client-secret-stdin、--certificate FILE 或 --device-code 之一。</translation>
    </message>
    <message>
        <source>Client secret: </source>
        <translation>用戶端密碼：</translation>
    </message>
    <message>
        <source>--client-secret-stdin was given, but standard input held no secret.</source>
        <translation>已給出 --client-secret-stdin，但標準輸入中沒有密碼。</translation>
    </message>
    <message>
        <source>Certificate passphrase: </source>
        <translation>憑證密碼：</translation>
    </message>
    <message numerus="yes">
        <source>To sign in, open %1 and enter the code %2 (valid for %n minute(s)).</source>
        <translation>
            <numerusform>要登入，請開啟 %1 並輸入代碼 %2（%n 分鐘內有效）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as profile &quot;%1&quot; (tenant %2). The secret is kept in the system keychain (%3).</source>
        <translation>已作為設定檔「%1」登入（租用戶 %2）。密碼儲存在系統認證存放區中（%3）。</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>權限：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Warning: the token carries neither Ti.ReadWrite nor Ti.ReadWrite.All, so importing will fail. Grant the WindowsDefenderATP permission to the app registration (with admin consent).</source>
        <translation>警告：權杖既沒有 Ti.ReadWrite 也沒有 Ti.ReadWrite.All，因此匯入將失敗。請將 WindowsDefenderATP 權限授與應用程式註冊（並授與管理員同意）。</translation>
    </message>
    <message>
        <source>The profile to sign out.</source>
        <translation>要登出的設定檔。</translation>
    </message>
    <message>
        <source>Also delete the profile&apos;s settings.</source>
        <translation>同時刪除設定檔的設定。</translation>
    </message>
    <message>
        <source>logout needs --profile NAME.</source>
        <translation>logout 需要 --profile NAME。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>沒有名為「%1」的設定檔。</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets could not be removed: %1</source>
        <translation>無法刪除設定檔的密碼：%1</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot; and deleted the profile.</source>
        <translation>已登出「%1」並刪除了該設定檔。</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;: its secrets were removed from the system keychain.</source>
        <translation>已登出「%1」：其密碼已從系統認證存放區中刪除。</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4	%5	%6</source>
        <extracomment>one profile per line: name, cloud, tenant, API address, sign-in method, state</extracomment>
        <translation>%1	%2	%3	%4	%5	%6</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>已登出</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n 個設定檔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>The recovery folder &quot;%1&quot; cannot be created.</source>
        <translation>無法建立復原資料夾「%1」。</translation>
    </message>
    <message>
        <source>The recovery folder &quot;%1&quot; cannot be locked.</source>
        <translation>無法鎖定復原資料夾「%1」。</translation>
    </message>
    <message>
        <source>The recovery copy cannot be written: %1</source>
        <translation>無法寫入復原副本：%1</translation>
    </message>
</context>
<context>
    <name>RefreshCommands</name>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>已延長</translation>
    </message>
    <message>
        <source>kept, it already expires then or later</source>
        <translation>保留，它在此時間或更晚才到期</translation>
    </message>
    <message>
        <source>left alone, made by someone else</source>
        <translation>不處理，由他人建立</translation>
    </message>
    <message>
        <source>  refresh FILE (--profile NAME | CONNECTION) --extend PRESET|DATE [--shorten] [--dry-run] [--json]
      Extend the expiration of the file&apos;s rows that the tenant holds and that we own: PRESET is
      30d, 90d, 180d (days from now) or none (never expires), DATE a date and time such as
      2027-01-31T00:00:00Z. An expiration is never shortened unless --shorten; rows the tenant
      lacks are not created and others&apos; indicators are not touched. The rows are sent through
      Import with the rest of their fields. --dry-run prints each row&apos;s current and new
      expiration and the calls it takes, and changes nothing. Exit codes as import.
</source>
        <translation>  refresh FILE (--profile NAME | CONNECTION) --extend PRESET|DATE [--shorten] [--dry-run] [--json]
      延長檔案中租用戶已有且歸我們所有的各列的到期時間：PRESET 為 30d、90d、180d
      （從現在起的天數）或 none（永不到期），DATE 為日期和時間，例如
      2027-01-31T00:00:00Z。除非指定 --shorten，否則不會縮短到期時間；租用戶缺少的列
      不會被建立，他人的指標不會被變動。各列連同其其他欄位一起透過 Import 傳送。
      --dry-run 列印每列目前和新的到期時間及所需呼叫次數，不做任何變更。
      結束代碼同 import。
</translation>
    </message>
    <message>
        <source>The new expiration: 30d, 90d, 180d, none, or a date and time.</source>
        <translation>新的到期時間：30d、90d、180d、none（永不到期）或日期和時間。</translation>
    </message>
    <message>
        <source>Also bring forward expirations later than the new one.</source>
        <translation>晚於新到期時間的也提前到新時間。</translation>
    </message>
    <message>
        <source>Print what the refresh would do; change nothing.</source>
        <translation>列印重新整理將執行的動作；不做任何變更。</translation>
    </message>
    <message>
        <source>The file whose rows to refresh.</source>
        <translation>要重新整理其中各列的檔案。</translation>
    </message>
    <message>
        <source>refresh needs --extend PRESET|DATE.</source>
        <translation>refresh 需要 --extend PRESET|DATE。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to extend</source>
        <translation>
            <numerusform>%n 個待延長</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already expire then or later</source>
        <translation>
            <numerusform>%n 個已在此時間或更晚到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made by others</source>
        <translation>
            <numerusform>%n 個由他人建立</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the tenant</source>
        <translation>
            <numerusform>%n 個不在租用戶中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (errors or repeats)</source>
        <translation>
            <numerusform>%n 個未傳送（錯誤或重複）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次呼叫</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 (%2): %3 -&gt; %4, %5</source>
        <translation>第 %1 列 (%2)：%3 -&gt; %4，%5</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>試執行：未做任何變更。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Row %1 failed: %2</source>
        <translation>第 %1 列失敗：%2</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>Refresh: %n extended</source>
        <translation>
            <numerusform>重新整理：已延長 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 個失敗</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyDecoder</name>
    <message>
        <source>the reply is empty.</source>
        <translation>回覆為空。</translation>
    </message>
    <message>
        <source>the JSON ends too early (the reply is truncated).</source>
        <translation>JSON 過早結束（回覆被截斷）。</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2).</source>
        <translation>它不是 JSON（第 %2 個位元組處：%1）。</translation>
    </message>
    <message>
        <source>a JSON object was expected.</source>
        <translation>應為 JSON 物件。</translation>
    </message>
</context>
<context>
    <name>RowOutcome</name>
    <message>
        <source>It had errors when it was submitted; fix them and resubmit.</source>
        <translation>提交時該列有錯誤；請修正後重新提交。</translation>
    </message>
    <message>
        <source>It repeats an earlier row of the table.</source>
        <translation>該列與表格中前面的列重複。</translation>
    </message>
    <message>
        <source>It was left out in the preview.</source>
        <translation>已在預覽中排除該列。</translation>
    </message>
    <message>
        <source>The tenant already held it unchanged.</source>
        <translation>租用戶中已存在該指標且未變更。</translation>
    </message>
    <message>
        <source>It was beyond the rows that fit the tenant&apos;s quota.</source>
        <translation>該列超出了租用戶配額可容納的列數。</translation>
    </message>
    <message>
        <source>An earlier submission already imported it.</source>
        <translation>先前的一次提交已匯入該列。</translation>
    </message>
    <message>
        <source>It had errors when it was submitted (%1); fix them and resubmit.</source>
        <extracomment>%1 names the row&apos;s first error, e.g. &quot;Defanged value&quot;</extracomment>
        <translation>提交時該列有錯誤（%1）；請修正後重新提交。</translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>A local stand-in for Microsoft Defender for Endpoint&apos;s Indicators API and the Entra ID token endpoint, for tests and demos. It listens on 127.0.0.1 only and prints its URL as the first line on standard output.

Built-in app registration (public values, not secret): tenant %1, client %2, secret &quot;%3&quot;.</source>
        <translation>適用於端點的 Microsoft Defender 指標 API 和 Entra ID 權杖端點的本機替身，用於測試和示範。它只在 127.0.0.1 上監聽，並將其 URL 輸出為標準輸出的第一行。

內建應用程式註冊（公開值，不是機密）：租用戶 %1，用戶端 %2，密碼「%3」。</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>要監聽的連接埠；0 表示選取一個可用的連接埠。</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (chain).</source>
        <translation>使用此 PEM 憑證（鏈）提供 HTTPS。</translation>
    </message>
    <message>
        <source>The certificate&apos;s unencrypted PEM private key.</source>
        <translation>憑證的未加密 PEM 私鑰。</translation>
    </message>
    <message>
        <source>Divide every rate-limit window and Retry-After by N (tests run faster).</source>
        <translation>將每個速率限制時間區間和 Retry-After 除以 N（測試執行更快）。</translation>
    </message>
    <message>
        <source>Keep the tenant&apos;s indicators in this file.</source>
        <translation>將租用戶的指標儲存在此檔案中。</translation>
    </message>
    <message>
        <source>Create N indicators at start when the tenant is empty.</source>
        <translation>租用戶為空時，啟動時建立 N 個指標。</translation>
    </message>
    <message>
        <source>Inject a fault: KIND[:rate=R,count=N,after=N,endpoint=E,status=S,delay=MS,fraction=F,message=TEXT]. Kinds: %1. May be repeated.</source>
        <translation>注入故障：KIND[:rate=R,count=N,after=N,endpoint=E,status=S,delay=MS,fraction=F,message=TEXT]。種類：%1。可重複指定。</translation>
    </message>
    <message>
        <source>Seed of the fault dice.</source>
        <translation>故障亂數種子。</translation>
    </message>
    <message>
        <source>More app registrations: a JSON array of {clientId, secret, displayName, roles}.</source>
        <translation>更多應用程式註冊：由 {clientId, secret, displayName, roles} 組成的 JSON 陣列。</translation>
    </message>
    <message>
        <source>The tenant&apos;s ID.</source>
        <translation>租用戶的 ID。</translation>
    </message>
    <message>
        <source>Lifetime of access tokens in seconds.</source>
        <translation>存取權杖的有效期（秒）。</translation>
    </message>
    <message>
        <source>Delete expired indicators this many seconds late (emulates propagation lag).</source>
        <translation>推遲這麼多秒刪除到期指標（模擬傳播延遲）。</translation>
    </message>
    <message>
        <source>Serve the test control endpoints under /_sandbox/ (loopback only).</source>
        <translation>在 /_sandbox/ 下提供測試控制端點（僅限回送位址）。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的引數「%1」。</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port 需要 0 到 65535 之間的數字。</translation>
    </message>
    <message>
        <source>--time-scale takes a number from 1 to 10000.</source>
        <translation>--time-scale 需要 1 到 10000 之間的數字。</translation>
    </message>
    <message>
        <source>--seed takes a whole number of at least 0.</source>
        <translation>--seed 需要不小於 0 的整數。</translation>
    </message>
    <message>
        <source>--token-lifetime takes a whole number of seconds, at least 1.</source>
        <translation>--token-lifetime 需要以秒為單位的整數，至少為 1。</translation>
    </message>
    <message>
        <source>--expiry-lag takes a whole number of seconds.</source>
        <translation>--expiry-lag 需要以秒為單位的整數。</translation>
    </message>
    <message>
        <source>--fault-seed takes a whole number.</source>
        <translation>--fault-seed 需要一個整數。</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert 和 --tls-key 必須一起使用。</translation>
    </message>
    <message>
        <source>Register a certificate for an app registration, for client assertions: CLIENT_ID=PEM_FILE. May be repeated.</source>
        <translation>為應用程式註冊登記憑證，用於用戶端斷言：CLIENT_ID=PEM_FILE。可重複使用。</translation>
    </message>
    <message>
        <source>How the emulated user answers a sign-in with a device code or in the browser: approve, deny or expire (never answers).</source>
        <translation>模擬使用者如何回應使用裝置代碼或在瀏覽器中的登入：approve、deny 或 expire（從不回應）。</translation>
    </message>
    <message>
        <source>The user answers a device code after this many polls.</source>
        <translation>使用者在這麼多次輪詢後回應裝置代碼。</translation>
    </message>
    <message>
        <source>Seconds between polls that the device code reply asks for.</source>
        <translation>裝置代碼回覆要求的兩次輪詢之間的秒數。</translation>
    </message>
    <message>
        <source>Seconds a device code stays valid.</source>
        <translation>裝置代碼的有效秒數。</translation>
    </message>
    <message>
        <source>Delegated permissions a user&apos;s token carries, separated by spaces or commas (empty: none).</source>
        <translation>使用者權杖攜帶的委派權限，以空格或逗號分隔（為空：無）。</translation>
    </message>
    <message>
        <source>The emulated user&apos;s sign-in name.</source>
        <translation>模擬使用者的登入名稱。</translation>
    </message>
    <message>
        <source>--app-certificate takes CLIENT_ID=PEM_FILE.</source>
        <translation>--app-certificate 需要 CLIENT_ID=PEM_FILE。</translation>
    </message>
    <message>
        <source>--user-sign-in takes approve, deny or expire.</source>
        <translation>--user-sign-in 需要 approve、deny 或 expire。</translation>
    </message>
    <message>
        <source>--device-code-polls takes a whole number of at least 0.</source>
        <translation>--device-code-polls 需要一個至少為 0 的整數。</translation>
    </message>
    <message>
        <source>--device-code-interval takes a whole number of seconds, at least 1.</source>
        <translation>--device-code-interval 需要一個整數秒數，至少為 1。</translation>
    </message>
    <message>
        <source>--device-code-lifetime takes a whole number of seconds, at least 1.</source>
        <translation>--device-code-lifetime 需要一個整數秒數，至少為 1。</translation>
    </message>
    <message>
        <source>Every Import or Submit row creates a new indicator, even when one with the same type, value, action and device groups exists.</source>
        <translation>每個 Import 或 Submit 列都建立新的指標，即使已有類型、值、動作和裝置群組都相同的指標。</translation>
    </message>
    <message>
        <source>List pages hold at most N indicators, whatever $top asks, and link the next page with @odata.nextLink.</source>
        <translation>List 的每頁最多包含 N 個指標（無論 $top 要求多少），並以 @odata.nextLink 連結下一頁。</translation>
    </message>
    <message>
        <source>Refuse a whole Import body with 400 when an indicator has a property in the wrong letter case, an unknown property or a value of the wrong type.</source>
        <translation>當某個指標的屬性大小寫錯誤、屬性不明或值類型錯誤時，以 400 拒絕整個 Import 要求本文。</translation>
    </message>
    <message>
        <source>--page-size takes a whole number from 0 (no cap) to %1.</source>
        <translation>--page-size 需要 0（不限制）到 %1 之間的整數。</translation>
    </message>
    <message>
        <source>--echo takes sent or normalised.</source>
        <translation>--echo 只能是 sent 或 normalised。</translation>
    </message>
    <message>
        <source>How Import results echo a value: &quot;sent&quot; (as sent) or &quot;normalised&quot; (as the service stores it: hashes in lower case, domains and URL hosts in lower case and punycode, IPv6 in compressed form, no trailing slash).</source>
        <translation>Import 結果如何回傳值：sent（依傳送的原樣）或 normalised（依服務儲存的形式：雜湊為小寫，網域和 URL 主機為小寫的 punycode，IPv6 為壓縮形式，不含結尾斜線）。</translation>
    </message>
    <message>
        <source>Create N indicators from each of three other creators at start when the tenant is empty: an analyst in the portal, Microsoft Defender for Cloud Apps and another app registration.</source>
        <translation>租用戶為空時，在啟動時為另外三個建立者各建立 N 個指標：入口網站中的分析師、Microsoft Defender for Cloud Apps 和另一個應用程式註冊。</translation>
    </message>
    <message>
        <source>--seed-others takes a whole number of at least 0.</source>
        <translation>--seed-others 需要一個不小於 0 的整數。</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 認證管理員</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS 鑰匙圈</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring)</source>
        <translation>保密服務（GNOME 鑰匙圈）</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>（詳細資訊：%1）</translation>
    </message>
    <message>
        <source>No secret is stored for this profile in the system keychain (%1). Sign in again to store one.</source>
        <translation>系統認證存放區（%1）中沒有為此設定檔儲存密碼。請重新登入以儲存一個。</translation>
    </message>
    <message>
        <source>The system keychain is not available: Windows Credential Manager did not answer. Indicator Manager keeps secrets only there, never in a file. Sign in to Windows with a normal user account (not a service account without a profile) and try again.</source>
        <translation>系統認證存放區不可用：Windows 認證管理員沒有回應。指標管理器只將密碼儲存在那裡，絕不儲存在檔案中。請使用一般使用者帳戶（而不是沒有設定檔的服務帳戶）登入 Windows，然後重試。</translation>
    </message>
    <message>
        <source>The system keychain is not available: the macOS Keychain did not answer. Indicator Manager keeps secrets only there, never in a file. Open Keychain Access, make sure the login keychain exists and is unlocked, and try again.</source>
        <translation>系統認證存放區不可用：macOS 鑰匙圈沒有回應。指標管理器只將密碼儲存在那裡，絕不儲存在檔案中。請開啟「鑰匙圈存取」，確認登入鑰匙圈存在且已解鎖，然後重試。</translation>
    </message>
    <message>
        <source>The system keychain is not available: no Secret Service (GNOME Keyring) answered on the D-Bus session bus. Indicator Manager keeps secrets only there, never in a file. Install and start GNOME Keyring (package gnome-keyring) in your desktop session; on a machine without a desktop, run the command inside &quot;dbus-run-session&quot; after &quot;gnome-keyring-daemon --unlock&quot;. Scripts can also give the connection inline with --client-secret-stdin.</source>
        <translation>系統認證存放區不可用：D-Bus 工作階段匯流排上沒有保密服務（GNOME 鑰匙圈）回應。指標管理器只將密碼儲存在那裡，絕不儲存在檔案中。請在桌面工作階段中安裝並啟動 GNOME 鑰匙圈（套件 gnome-keyring）；在沒有桌面的電腦上，請在「gnome-keyring-daemon --unlock」之後於「dbus-run-session」中執行該命令。指令碼也可以使用 --client-secret-stdin 直接給出連線。</translation>
    </message>
    <message>
        <source>The system keychain (%1) is locked or refused access. Unlock it (for example by signing in to the desktop again) and try once more.</source>
        <extracomment>%1 is the name of the system&apos;s secret store</extracomment>
        <translation>系統認證存放區（%1）已鎖定或拒絕存取。請將其解鎖（例如重新登入桌面）後再試一次。</translation>
    </message>
    <message>
        <source>The system keychain (%1) could not complete the request.</source>
        <translation>系統認證存放區（%1）無法完成請求。</translation>
    </message>
</context>
<context>
    <name>StixReader</name>
    <message>
        <source>The file is not a STIX bundle: it must start with [ or {.</source>
        <translation>該檔案不是 STIX 套件組合：它必須以 [ 或 { 開頭。</translation>
    </message>
    <message>
        <source>There is text after the end of the JSON, near line %1.</source>
        <translation>JSON 結束後還有文字，在第 %1 行附近。</translation>
    </message>
    <message>
        <source>The STIX bundle has no &quot;objects&quot; array.</source>
        <translation>該 STIX 套件組合沒有「objects」陣列。</translation>
    </message>
    <message>
        <source>The STIX bundle holds no indicators or observables.</source>
        <translation>該 STIX 套件組合不包含指標或可觀察物件。</translation>
    </message>
    <message>
        <source>No pattern in the STIX bundle compares a property Defender has an indicator type for: %1</source>
        <translation>該 STIX 套件組合中沒有任何模式比較 Defender 有對應指標類型的屬性：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n STIX indicator(s) have no pattern Defender can express and were not imported: %1</source>
        <translation>
            <numerusform>%n 個 STIX 指標沒有 Defender 能表達的模式，未匯入：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n STIX pattern(s) have conditions Defender cannot express (AND with other properties, other operators or qualifiers); only their values were taken: %1</source>
        <translation>
            <numerusform>%n 個 STIX 模式包含 Defender 無法表達的條件（與其他屬性的 AND、其他運算子或限定詞）；只取了其中的值：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>The STIX indicator %1 near line %2: %3</source>
        <translation>第 %2 行附近的 STIX 指標 %1：%3</translation>
    </message>
    <message>
        <source>The file has more than %L1 indicators, more than this tool opens at once.</source>
        <translation>檔案包含超過 %L1 個指標，超出本工具一次可開啟的數量。</translation>
    </message>
    <message>
        <source>a quoted value never ends.</source>
        <translation>加引號的值沒有結束。</translation>
    </message>
    <message>
        <source>the pattern has more than %L1 comparisons.</source>
        <translation>該模式包含超過 %L1 個比較。</translation>
    </message>
    <message>
        <source>an operator has no property before it.</source>
        <translation>運算子前面沒有屬性。</translation>
    </message>
    <message>
        <source>a quoted property name never ends.</source>
        <translation>加引號的屬性名稱沒有結束。</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;.</source>
        <translation>非預期的「%1」。</translation>
    </message>
    <message>
        <source>a comparison has no value.</source>
        <translation>比較沒有值。</translation>
    </message>
</context>
<context>
    <name>SubmitConfirmation</name>
    <message>
        <source>tenant %1 (%2)</source>
        <extracomment>%1 tenant ID, %2 API host</extracomment>
        <translation>租用戶 %1（%2）</translation>
    </message>
    <message>
        <source>profile %1, tenant %2 (%3)</source>
        <extracomment>%1 profile name, %2 tenant ID, %3 API host</extracomment>
        <translation>設定檔 %1，租用戶 %2（%3）</translation>
    </message>
    <message>
        <source>Submit to the Tenant</source>
        <translation>提交到租用戶</translation>
    </message>
    <message numerus="yes">
        <source>Send %n row(s) to %1?</source>
        <translation>
            <numerusform>將 %n 列傳送到%1？</numerusform>
        </translation>
    </message>
    <message>
        <source>New indicators: %1; updates: %2.</source>
        <translation>新指標：%1；更新：%2。</translation>
    </message>
    <message>
        <source>Active indicators: %1 now, %2 after, of %3 allowed.</source>
        <translation>作用中指標：目前 %1，匯入後 %2，上限 %3。</translation>
    </message>
    <message>
        <source>Import calls: %1, at 30 calls a minute.</source>
        <translation>匯入呼叫：%1 次，每分鐘 30 次。</translation>
    </message>
    <message>
        <source>Not sent: %1 with errors, %2 repeats, %3 unchanged in the tenant, %4 already imported, %5 left out by you, %6 beyond the quota.</source>
        <translation>未傳送：%1 列有錯誤，%2 列重複，%3 列在租用戶中未變更，%4 列已匯入，%5 列由你排除，%6 列超出配額。</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>傳送(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>  sync FILE (--profile NAME | CONNECTION) [--dry-run] [--json] [--encoding NAME]
      Make the tenant hold exactly the file&apos;s rows among the indicators we own: rows it lacks
      are created, changed ones updated, unchanged ones left alone, and our indicators the file
      no longer holds are deleted. Indicators made by others (the portal, Defender for Cloud
      Apps, other apps) are never deleted. --dry-run prints what would be done and the calls it
      takes, and changes nothing. A sync cut short is run again to finish. Exit codes as import.
</source>
        <translation>  sync FILE (--profile NAME | CONNECTION) [--dry-run] [--json] [--encoding NAME]
      使租用戶中我們擁有的指標與檔案的列完全一致：租用戶缺少的列會被建立，
      已變更的列會被更新，未變更的列保持不變，檔案中已不存在的我們的指標會被刪除。
      他人建立的指標（入口網站、Defender for Cloud Apps、其他應用程式）永遠不會被刪除。
      --dry-run 輸出將執行的操作及所需呼叫次數，不做任何變更。
      中斷的同步再次執行即可完成。結束代碼同 import。
</translation>
    </message>
    <message>
        <source>Print what the sync would do; change nothing.</source>
        <translation>列印同步將執行的操作；不做任何變更。</translation>
    </message>
    <message>
        <source>The file to sync.</source>
        <translation>要同步的檔案。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n 個待建立</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n 個待更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 個未變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of ours to delete</source>
        <translation>
            <numerusform>%n 個我們的待刪除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 列未傳送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) of others kept</source>
        <translation>
            <numerusform>保留 %n 個他人的指標</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次呼叫</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 would be created: %2</source>
        <translation>第 %1 列將被建立：%2</translation>
    </message>
    <message>
        <source>Row %1 would be updated: %2</source>
        <translation>第 %1 列將被更新：%2</translation>
    </message>
    <message>
        <source>Indicator %1 would be deleted: %2</source>
        <translation>指標 %1 將被刪除：%2</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>試執行：未做任何變更。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Row %1 failed: %2</source>
        <translation>第 %1 列失敗：%2</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Stopped before the end; run the sync again to finish it.</source>
        <translation>未完成即停止；請再次執行同步以完成。</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n created or updated</source>
        <translation>
            <numerusform>同步：%n 個已建立或更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 列失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n 個已刪除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>檔案為空。</translation>
    </message>
    <message>
        <source>The file holds no indicators.</source>
        <translation>檔案中沒有指標。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>「%1」不是檔案。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>檔案「%1」不存在。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation>無法開啟檔案「%1」：%2</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation>該檔案不是 Excel 活頁簿 (.xlsx)。</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2. The previous file was left unchanged.</source>
        <translation>寫入「%1」失敗：%2。原檔案保持不變。</translation>
    </message>
</context>
<context>
    <name>TenantCommands</name>
    <message>
        <source>indicator-manager-cli: %1</source>
        <translation>indicator-manager-cli：%1</translation>
    </message>
    <message>
        <source>%1 takes one FILE.</source>
        <translation>%1 需要一個 FILE 引數。</translation>
    </message>
    <message>
        <source>%1 takes no file name.</source>
        <translation>%1 不接受檔名。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of ids.</source>
        <translation>%1 太大，不像是 ID 清單。</translation>
    </message>
    <message>
        <source>Write the rows with Status, Id and FailureReason here.</source>
        <translation>將帶有 Status、Id 和 FailureReason 的列寫到這裡。</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>輸出一個 JSON 物件，而不是文字。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding (default: detect).</source>
        <translation>檔案的編碼（預設：自動偵測）。</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>要匯入的檔案。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>未知編碼「%1」。</translation>
    </message>
    <message numerus="yes">
        <source>Resuming an interrupted import: %n row(s) had already been imported.</source>
        <translation>
            <numerusform>繼續中斷的匯入：已有 %n 列匯入完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>indicator-manager-cli: cannot write %1: %2</source>
        <translation>indicator-manager-cli：無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Row %1 failed: %2</source>
        <translation>第 %1 列失敗：%2</translation>
    </message>
    <message>
        <source>Row %1 not sent: %2</source>
        <translation>第 %1 列未傳送：%2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more row(s) not imported; use --results to see them all.</source>
        <translation>
            <numerusform>……另有 %n 列未匯入；使用 --results 可檢視全部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n 列成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 列失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 列未傳送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次呼叫</numerusform>
        </translation>
    </message>
    <message>
        <source>Print {&quot;count&quot;, &quot;value&quot;: [indicators]} as the API returns them.</source>
        <translation>按 API 傳回的形式輸出 {&quot;count&quot;, &quot;value&quot;: [indicators]}。</translation>
    </message>
    <message>
        <source>Print CSV: Id, the portal template&apos;s columns and more.</source>
        <translation>輸出 CSV：Id、入口網站範本的各欄以及更多欄。</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>請指定 --json 或 --csv，不要同時指定。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不到期</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n 個指標</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the indicators whose ids this file lists.</source>
        <translation>刪除此檔案中列出 ID 的指標。</translation>
    </message>
    <message>
        <source>Delete the indicators whose expiration time has passed.</source>
        <translation>刪除到期時間已過的指標。</translation>
    </message>
    <message>
        <source>%1: no such indicator (or not visible to this app).</source>
        <translation>%1：沒有此指標（或此應用程式看不到它）。</translation>
    </message>
    <message>
        <source>%1: not an indicator id.</source>
        <translation>%1：不是指標 ID。</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>沒有要刪除的內容。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n indicator(s).</source>
        <translation>
            <numerusform>已刪除 %1 個（共 %n 個指標）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the indicators this app registration or the signed-in user made.</source>
        <translation>僅顯示此應用程式註冊或已登入使用者建立的指標。</translation>
    </message>
    <message>
        <source>Only the indicators made by WHO: ours, portal, cloud-apps, other-app, or a createdBy value (an app id or a user name). May be repeated.</source>
        <translation>僅顯示由 WHO 建立的指標：ours、portal、cloud-apps、other-app，或 createdBy 值（應用程式識別碼或使用者名稱）。可重複使用。</translation>
    </message>
    <message>
        <source>--created-by takes ours, portal, cloud-apps, other-app or a createdBy value.</source>
        <translation>--created-by 需要 ours、portal、cloud-apps、other-app 或 createdBy 值。</translation>
    </message>
    <message>
        <source>Delete this indicator, whoever made it (the only way to delete one that is not ours). May be repeated.</source>
        <translation>刪除此指標，無論由誰建立（刪除非我們建立之指標的唯一方式）。可重複使用。</translation>
    </message>
    <message>
        <source>%1: not deleted, not ours (made by someone else); name it with --id to delete it.</source>
        <translation>%1：未刪除，不是我們的（由他人建立）；要刪除請用 --id 指定。</translation>
    </message>
    <message>
        <source>delete takes either --ids FILE or --expired.</source>
        <translation>delete 需要 --ids FILE 或 --expired 之一。</translation>
    </message>
    <message>
        <source>Then print an advanced hunting query that shows whether the imported indicators have fired.</source>
        <translation>隨後輸出一個進階搜捕查詢，顯示匯入的指標是否已觸發。</translation>
    </message>
    <message>
        <source>  import FILE (--profile NAME | CONNECTION) [--results OUT.csv] [--json] [--kql] [--encoding NAME]
      Send the valid rows to the tenant in Import calls of at most 500, within 30 calls a minute.
      Every row ends Succeeded (with its indicator id), Failed (with the service&apos;s reason) or
      NotSent (with why); --results writes the file&apos;s columns plus Status, Id and FailureReason.
      An import cut short resumes when run again: rows that succeeded are not sent twice.
      Exit code 0: every row succeeded; 1: some rows failed or were not sent; 2: bad input;
      3: sign-in failed; 4: the service could not be reached. --kql then prints an advanced
      hunting query for the rows that succeeded (--json: the key afterRun).
      --profile may be repeated (import and sync): the file goes to each profile&apos;s tenant in turn,
      each with its own sign-in, rate limit and quota check; one failing tenant does not stop the
      others. --json then prints {&quot;tenants&quot;: [...]}, one object per tenant with &quot;profile&quot;.
      The exit code is the highest of the tenants&apos; codes.
  list (--profile NAME | CONNECTION) [--json | --csv] [--mine] [--created-by WHO]...
      Print the tenant&apos;s indicators, with who made each: ours (this app registration or the
      signed-in user), portal, cloud-apps (Defender for Cloud Apps) or other-app. --mine shows
      only ours; --created-by one of those kinds or a createdBy value. Exit code 0, 2, 3 or 4.
  delete (--profile NAME | CONNECTION) (--ids FILE | --expired)
  delete (--profile NAME | CONNECTION) --id ID...
      Delete the indicators whose ids FILE lists (one per line, or a CSV with an Id column such
      as an import&apos;s results), or those whose expiration time has passed: ours only; the
      others are listed as not ours and kept. --id ID deletes that one, whoever made it.
      Exit code 0: all deleted; 1: some were not; 2, 3 or 4 as for import.
</source>
        <translation>  import FILE (--profile NAME | CONNECTION) [--results OUT.csv] [--json] [--kql] [--encoding NAME]
      將有效列以每次最多 500 個的匯入呼叫傳送到租用戶，每分鐘不超過 30 次呼叫。
      每一列的結果為 Succeeded（附指標 ID）、Failed（附服務給出的原因）或
      NotSent（附原因）；--results 寫出檔案的各欄以及 Status、Id 和 FailureReason。
      中斷的匯入再次執行時會繼續：已成功的列不會傳送兩次。
      結束代碼 0：所有列均成功；1：部分列失敗或未傳送；2：輸入錯誤；
      3：登入失敗；4：無法連線到服務。--kql 隨後輸出針對成功列的進階搜捕
      查詢（--json：索引鍵 afterRun）。
      --profile 可重複（import 和 sync）：檔案依序傳送到每個設定檔的租用戶，
      每個租用戶各自登入、各自的速率限制和配額檢查；一個租用戶失敗不會影響其他租用戶。
      --json 隨後輸出 {&quot;tenants&quot;: [...]}，每個租用戶一個物件，帶 &quot;profile&quot;。
      結束代碼為各租用戶結束代碼中最大的一個。
  list (--profile NAME | CONNECTION) [--json | --csv] [--mine] [--created-by WHO]...
      輸出租用戶的指標及其建立者：ours（此應用程式註冊或已登入使用者）、portal（入口網站）、
      cloud-apps（Defender for Cloud Apps）或 other-app（其他應用程式）。--mine 僅顯示我們的；
      --created-by 指定上述類別之一或 createdBy 值。結束代碼 0、2、3 或 4。
  delete (--profile NAME | CONNECTION) (--ids FILE | --expired)
  delete (--profile NAME | CONNECTION) --id ID...
      刪除 FILE 中列出其 ID 的指標（每行一個，或帶有 Id 欄的 CSV，
      例如匯入結果），或已超過到期時間的指標：僅限我們的；他人的指標
      會被列為「不是我們的」並保留。--id ID 刪除該指標，無論由誰建立。
      結束代碼 0：全部已刪除；1：部分未刪除；2、3 或 4 同 import。
</translation>
    </message>
</context>
<context>
    <name>TenantState</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a sandbox state file: %2</source>
        <translation>%1 不是沙盒狀態檔案：%2</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file contains binary data (NUL or control bytes); it is not a text table.</source>
        <translation>檔案包含二進位制資料（NUL 或控制位元組）；它不是文字表格。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8: the byte at offset %1 cannot be decoded.</source>
        <translation>檔案不是有效的 UTF-8：偏移量 %1 處的位元組無法解碼。</translation>
    </message>
    <message>
        <source>The file cannot be decoded as %1 near byte offset %2.</source>
        <translation>檔案在位元組偏移量 %2 附近無法按 %1 解碼。</translation>
    </message>
    <message>
        <source>The file contains a NUL character at byte offset %1; it is not a text table.</source>
        <translation>檔案在位元組位移 %1 處包含 NUL 字元；它不是文字表格。</translation>
    </message>
    <message>
        <source>The file contains a NUL character near byte offset %1; it is not a text table.</source>
        <translation>檔案在位元組位移 %1 附近包含 NUL 字元；它不是文字表格。</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation>無法讀取 CA 憑證檔案 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate.</source>
        <translation>%1 中沒有 PEM 或 DER 憑證。</translation>
    </message>
</context>
<context>
    <name>TokenIssuer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 must hold a JSON array of app registrations.</source>
        <translation>%1 必須包含由應用程式註冊組成的 JSON 陣列。</translation>
    </message>
    <message>
        <source>No app registration has the client id %1.</source>
        <translation>沒有用戶端識別碼為 %1 的應用程式註冊。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中沒有 PEM 憑證。</translation>
    </message>
    <message>
        <source>Every app registration in %1 needs a clientId and a secret, a certificate or &quot;publicClient&quot;: true.</source>
        <translation>%1 中的每個應用程式註冊都需要 clientId 以及密碼、憑證或 &quot;publicClient&quot;: true。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook&apos;s part %1 is larger than %2 MiB once unpacked; the file is not read (it may be a zip bomb).</source>
        <translation>活頁簿的組件 %1 解壓縮後超過 %2 MiB；不讀取該檔案（它可能是 zip 炸彈）。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 cannot be unpacked: the file is damaged or truncated.</source>
        <translation>無法解壓縮活頁簿的組件 %1：檔案已損毀或被截斷。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is not valid XML: %2</source>
        <translation>活頁簿的組件 %1 不是有效的 XML：%2</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation>該檔案是 zip 壓縮檔，但不是 Excel 活頁簿（沒有 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>該活頁簿沒有工作表。</translation>
    </message>
    <message>
        <source>The workbook cannot be opened: the zip archive is damaged or truncated.</source>
        <translation>無法開啟活頁簿：zip 壓縮檔已損毀或被截斷。</translation>
    </message>
    <message numerus="yes">
        <source>The workbook has no sheet %1; it has %n sheet(s).</source>
        <translation>
            <numerusform>該活頁簿沒有第 %1 個工作表；它有 %n 個工作表。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet has more than %L1 rows, more than this tool opens at once.</source>
        <translation>工作表超過 %L1 列，超出本工具一次可開啟的列數。</translation>
    </message>
    <message>
        <source>The sheet&apos;s rows are out of order near row %1.</source>
        <translation>工作表的列在第 %1 列附近順序錯亂。</translation>
    </message>
    <message>
        <source>Row %1 of the sheet has a cell in column %L2; this tool reads at most %L3 columns.</source>
        <translation>工作表第 %1 列在第 %L2 欄有儲存格；本工具最多讀取 %L3 欄。</translation>
    </message>
    <message>
        <source>A cell in row %1 is longer than %2 MiB.</source>
        <translation>第 %1 列中的某個儲存格超過 %2 MiB。</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is empty.</source>
        <translation>工作表「%1」是空的。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; (%2 of %3) was read.</source>
        <translation>已讀取工作表「%1」（第 %2 個，共 %3 個）。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;; its sheets are: %2.</source>
        <translation>該活頁簿沒有名為「%1」的工作表；其工作表為：%2。</translation>
    </message>
    <message>
        <source>The workbook&apos;s other sheets were not read: %1.</source>
        <translation>未讀取該活頁簿的其他工作表：%1。</translation>
    </message>
</context>
<context>
    <name>im::AboutDialog</name>
    <message>
        <source>Indicator Manager %1: GNU General Public License, version 3 or later</source>
        <translation>指標管理器 %1：GNU 通用公共授權條款第 3 版或更高版本</translation>
    </message>
    <message>
        <source>Indicator Manager is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.</source>
        <translation>指標管理器是自由軟體：你可以依照自由軟體基金會發布的 GNU 通用公共授權條款第 3 版或（由你選擇）任何更高版本的條款，重新分發和/或修改它。</translation>
    </message>
    <message>
        <source>Qt %1: GNU Lesser General Public License, version 3</source>
        <translation>Qt %1：GNU 寬通用公共授權條款第 3 版</translation>
    </message>
    <message>
        <source>Qt %1, copyright The Qt Company Ltd. and other contributors, is used under the GNU Lesser General Public License version 3, which adds permissions to the GNU General Public License version 3 (the first entry of this list). You may replace the Qt libraries that Indicator Manager uses with your own build of them. The source code of Qt is available at https://download.qt.io/.</source>
        <extracomment>%1 is the Qt version in use.</extracomment>
        <translation>Qt %1（版權歸 The Qt Company Ltd. 及其他貢獻者所有）依照 GNU 寬通用公共授權條款第 3 版使用，該授權條款在 GNU 通用公共授權條款第 3 版（本清單的第一項）之上增加了額外許可。你可以用自己建置的 Qt 程式庫取代指標管理器所用的 Qt 程式庫。Qt 的原始碼可從 https://download.qt.io/ 取得。</translation>
    </message>
    <message>
        <source>QtKeychain: BSD licence</source>
        <translation>QtKeychain：BSD 授權條款</translation>
    </message>
    <message>
        <source>QtKeychain %1: BSD licence</source>
        <translation>QtKeychain %1：BSD 授權條款</translation>
    </message>
    <message>
        <source>QtKeychain stores the sign-in secrets in the system&apos;s keychain. Its source code is available at https://github.com/frankosterfeld/qtkeychain.</source>
        <translation>QtKeychain 將登入機密儲存在系統認證存放區中。其原始碼可從 https://github.com/frankosterfeld/qtkeychain 取得。</translation>
    </message>
    <message>
        <source>About Indicator Manager</source>
        <translation>關於指標管理器</translation>
    </message>
    <message>
        <source>Indicator Manager %1</source>
        <translation>指標管理器 %1</translation>
    </message>
    <message>
        <source>Edit, validate and submit Microsoft Defender for Endpoint custom indicators.</source>
        <translation>編輯、驗證並提交適用於端點的 Microsoft Defender 自訂指標。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <extracomment>%1 is the Qt version the program was compiled with, %2 the one it runs on.</extracomment>
        <translation>使用 Qt %1 建置，執行於 Qt %2。</translation>
    </message>
    <message>
        <source>Software and licences:</source>
        <translation>軟體和授權條款：</translation>
    </message>
    <message>
        <source>Software and licences</source>
        <translation>軟體和授權條款</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>授權條款文字</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>此版本中缺少授權條款文字。</translation>
    </message>
    <message>
        <source>QuaZip: GNU Lesser General Public License, version 2.1 or later</source>
        <translation>QuaZip：GNU 寬通用公共授權條款第 2.1 版或更新版本</translation>
    </message>
    <message>
        <source>QuaZip reads Excel workbooks (.xlsx), which are ZIP archives. It is used under the GNU Lesser General Public License version 2.1 or later with a static linking exception; its source code is available at https://github.com/stachenov/quazip.</source>
        <translation>QuaZip 用於讀取 Excel 活頁簿（.xlsx，即 ZIP 壓縮檔）。它依據 GNU 寬通用公共授權條款第 2.1 版或更新版本（附靜態連結例外）使用；其原始碼可從 https://github.com/stachenov/quazip 取得。</translation>
    </message>
    <message>
        <source>Poppler: GNU General Public License, version 2 or 3</source>
        <translation>Poppler：GNU 通用公共授權條款第 2 版或第 3 版</translation>
    </message>
    <message>
        <source>Poppler reads the text of PDF reports. It is used under the GNU General Public License version 3 (the first entry of this list); its source code is available at https://poppler.freedesktop.org/.</source>
        <translation>Poppler 用於讀取 PDF 報告中的文字。它依據 GNU 通用公共授權條款第 3 版（即此清單的第一項）使用；其原始碼可從 https://poppler.freedesktop.org/ 取得。</translation>
    </message>
</context>
<context>
    <name>im::AfterRunWidget</name>
    <message>
        <source>&lt;b&gt;When the imported indicators take effect&lt;/b&gt;</source>
        <translation>&lt;b&gt;匯入的指標何時生效&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Advanced hunting query: have they fired?</source>
        <translation>進階搜捕查詢：它們是否已觸發？</translation>
    </message>
    <message>
        <source>Advanced hunting query</source>
        <translation>進階搜捕查詢</translation>
    </message>
    <message>
        <source>&amp;Copy query</source>
        <translation>複製查詢(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the advanced hunting query</source>
        <translation>複製進階搜捕查詢</translation>
    </message>
    <message>
        <source>Copy the query, to paste it into Advanced hunting in the Microsoft Defender portal</source>
        <translation>複製查詢，以貼到 Microsoft Defender 入口網站的進階搜捕中</translation>
    </message>
    <message>
        <source>%1 (%2 imported)</source>
        <extracomment>%1 is the kind of indicators (such as Files), %2 how many were imported</extracomment>
        <translation>%1（已匯入 %2 個）</translation>
    </message>
    <message>
        <source>Takes effect: %1</source>
        <extracomment>%1 is the documented delay, such as &quot;Up to 3 hours.&quot;</extracomment>
        <translation>生效時間：%1</translation>
    </message>
    <message>
        <source>Devices need: %1</source>
        <extracomment>%1 lists what must be on, on the devices</extracomment>
        <translation>裝置需求：%1</translation>
    </message>
</context>
<context>
    <name>im::AutosaveController</name>
    <message>
        <source>Saving a recovery copy...</source>
        <translation>正在儲存復原副本...</translation>
    </message>
</context>
<context>
    <name>im::BrowserSignInFlow</name>
    <message>
        <source>Cannot listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>無法在 127.0.0.1 上監聽瀏覽器的應答。</translation>
    </message>
    <message>
        <source>Signed in. You can close this window and go back to Indicator Manager.</source>
        <translation>已登入。您可以關閉此視窗並傳回指標管理器。</translation>
    </message>
    <message>
        <source>the browser&apos;s answer was not a valid reply to this sign-in.</source>
        <translation>瀏覽器的應答不是對此次登入的有效回覆。</translation>
    </message>
</context>
<context>
    <name>im::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n Row(s)</source>
        <translation>
            <numerusform>編輯 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>How to change the device groups</source>
        <translation>如何變更裝置群組</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>取代為</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Group names, separated by commas</source>
        <translation>裝置群組名稱，以逗號分隔</translation>
    </message>
    <message numerus="yes">
        <source>Tick the fields to set on all %n selected row(s). The others stay as they are.</source>
        <translation>
            <numerusform>勾選要在所有 %n 個選定列上設定的欄位。其他欄位保持不變。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>套用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>im::ColumnMappingDialog</name>
    <message>
        <source>First row holds the column &amp;names</source>
        <translation>第一列是欄名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remember this for files with the same columns</source>
        <translation>對具有相同欄的檔案記住此設定(&amp;R)</translation>
    </message>
    <message>
        <source>Column Mapping</source>
        <translation>欄對應</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the Defender portal template. Choose how to read it and which column holds what; the preview shows the first rows.</source>
        <translation>「%1」不符合 Defender 入口網站範本。請選擇讀取方式以及各欄包含的內容；預覽顯示前幾列。</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符號</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗號 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分號 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>豎線 (|)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符號(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>編碼(&amp;E)：</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>前幾列的預覽</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Indicator type when no column holds it</source>
        <translation>沒有欄包含指標類型時使用的類型</translation>
    </message>
    <message>
        <source>Work out from each value</source>
        <translation>根據每個值推斷</translation>
    </message>
    <message>
        <source>Indicator &amp;type when no column holds it:</source>
        <translation>沒有欄包含指標類型時使用的類型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <extracomment>%1 is a column name from the file being opened</extracomment>
        <translation>第 %1 欄的欄位</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <source>Choose the column that holds the indicator values.</source>
        <translation>請選擇包含指標值的欄。</translation>
    </message>
</context>
<context>
    <name>im::ConnectionStatusWidget</name>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>正在登入...</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <source>%1 · tenant %2 · %3</source>
        <extracomment>%1 signed-in state, %2 tenant ID, %3 API host</extracomment>
        <translation>%1 · 租用戶 %2 · %3</translation>
    </message>
    <message>
        <source>API: %1
Sign-in: %2</source>
        <translation>API：%1
登入：%2</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <translation>應用程式：%1（%2）</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>權限：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Token valid until %1</source>
        <translation>權杖有效期至 %1</translation>
    </message>
    <message>
        <source>%1 · %2 · tenant %3 · %4</source>
        <extracomment>%1 signed-in state, %2 profile name, %3 tenant ID, %4 API host</extracomment>
        <translation>%1 · %2 · 租用戶 %3 · %4</translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · tenant %4 · %5</source>
        <extracomment>%1 signed-in state, %2 profile name, %3 user&apos;s sign-in name, %4 tenant ID, %5 API host</extracomment>
        <translation>%1 · %2 (%3) · 租用戶 %4 · %5</translation>
    </message>
    <message>
        <source>Importing needs Ti.ReadWrite or Ti.ReadWrite.All.</source>
        <translation>匯入需要 Ti.ReadWrite 或 Ti.ReadWrite.All。</translation>
    </message>
</context>
<context>
    <name>im::CsvPreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation>第 %1 欄</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <extracomment>Preview column header: a file&apos;s column name and, below it, the field it feeds</extracomment>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>不匯入</translation>
    </message>
</context>
<context>
    <name>im::DeviceCodeDialog</name>
    <message>
        <source>&amp;Copy code</source>
        <translation>複製代碼(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open sign-in page</source>
        <translation>開啟登入頁(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign in with a code</source>
        <translation>使用代碼登入</translation>
    </message>
    <message>
        <source>On this or any other device, open the sign-in page, enter the code below and sign in with the account that manages indicators in %1.</source>
        <translation>在此裝置或任何其他裝置上開啟登入頁，輸入下面的代碼，然後使用在 %1 中管理指標的帳戶登入。</translation>
    </message>
    <message>
        <source>Asking for a code...</source>
        <translation>正在請求代碼...</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>代碼已複製到剪貼簿。</translation>
    </message>
    <message>
        <source>Waiting for you to sign in...</source>
        <translation>正在等待您登入...</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <extracomment>%1 is minutes:seconds, e.g. 14:59</extracomment>
        <translation>代碼將在 %1 後到期。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>im::DeviceCodeFlow</name>
    <message>
        <source>the device code reply lacks the code or the address to enter it.</source>
        <translation>裝置代碼回覆缺少代碼或輸入代碼的位址。</translation>
    </message>
</context>
<context>
    <name>im::DocumentSession</name>
    <message>
        <source>The recovery copy could not be saved: %1</source>
        <translation>無法儲存復原副本：%1</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>已取消開啟 %1。</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled. The table is unchanged.</source>
        <translation>已取消開啟 %1。表格未變更。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened: %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n row(s)</source>
        <translation>
            <numerusform>已開啟 %1：%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未儲存。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>the new table</source>
        <translation>新表格</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>是否儲存對 %1 的變更？</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>如果不儲存，您的變更將遺失。</translation>
    </message>
    <message>
        <source>a new table</source>
        <translation>新表格</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>復原未儲存的變更</translation>
    </message>
    <message>
        <source>Indicator Manager closed before your changes to %1 were saved.</source>
        <translation>指標管理器在儲存您對 %1 的變更之前關閉了。</translation>
    </message>
    <message numerus="yes">
        <source>A recovery copy of %n row(s) was saved at %1. Restore it?</source>
        <translation>
            <numerusform>已在 %1 儲存了 %n 列的復原副本。是否復原？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丟棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍後(&amp;L)</translation>
    </message>
    <message>
        <source>The recovery copy could not be read: %1</source>
        <translation>無法讀取復原副本：%1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n row(s) from the recovery copy. Save to keep them.</source>
        <translation>
            <numerusform>已從復原副本復原 %n 列。請儲存以保留它們。</numerusform>
        </translation>
    </message>
    <message>
        <source>Appending %1 was cancelled.</source>
        <translation>已取消附加 %1。</translation>
    </message>
    <message>
        <source>Appending %1 was cancelled. The table is unchanged.</source>
        <translation>已取消附加 %1。表格未變更。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be appended: %2</source>
        <translation>無法附加「%1」：%2</translation>
    </message>
</context>
<context>
    <name>im::ExpirationController</name>
    <message>
        <source>No expiration was extended: %1</source>
        <translation>未延長任何到期時間：%1</translation>
    </message>
    <message>
        <source>Sign in to a tenant first (Sign in menu).</source>
        <translation>請先登入租用戶（「登入」功能表）。</translation>
    </message>
    <message>
        <source>No expiration was extended: the tenant&apos;s indicators could not be read: %1</source>
        <translation>未延長任何到期時間：無法讀取租用戶的指標：%1</translation>
    </message>
</context>
<context>
    <name>im::ExpirationEditor</name>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Expiration time (UTC)</source>
        <translation>到期時間 (UTC)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm &apos;UTC&apos;</source>
        <extracomment>Date-time format of the expiration editor; keep the letters, reorder them if your locale wants to</extracomment>
        <translation>yyyy-MM-dd HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不到期</translation>
    </message>
</context>
<context>
    <name>im::ExpirationRefreshDialog</name>
    <message>
        <source>Extend Expiration</source>
        <translation>延長到期時間</translation>
    </message>
    <message>
        <source>New &amp;expiration:</source>
        <translation>新的到期時間(&amp;E)：</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不到期</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n 天後</numerusform>
        </translation>
    </message>
    <message>
        <source>The date and time the indicators expire</source>
        <translation>指標到期的日期和時間</translation>
    </message>
    <message>
        <source>Also bring &amp;forward later expirations</source>
        <translation>較晚的到期時間也提前(&amp;F)</translation>
    </message>
    <message>
        <source>Without this, an indicator that already expires later keeps its expiration.</source>
        <translation>未勾選時，已在更晚時間到期的指標保留其到期時間。</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Current expiration</source>
        <translation>目前到期時間</translation>
    </message>
    <message>
        <source>New expiration</source>
        <translation>新的到期時間</translation>
    </message>
    <message>
        <source>What the refresh does to each row the tenant holds</source>
        <translation>重新整理對租用戶中已有的每一列執行的動作</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>延長(&amp;X)</translation>
    </message>
    <message>
        <source>Extend the expirations now</source>
        <translation>立即延長到期時間</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Extend the expiration of this table&apos;s rows that the tenant holds and that we own. Rows the tenant lacks are not created; indicators made by others are not touched. The rows are sent with their other fields, and the table takes the new expiration.</source>
        <translation>延長此表中租用戶已有且歸我們所有的各列的到期時間。租用戶中沒有的列不會被建立；他人建立的指標不會被變動。各列連同其其他欄位一起傳送，表格也會採用新的到期時間。</translation>
    </message>
    <message>
        <source>Extend: %1   Already expire then or later: %2   Made by others: %3</source>
        <translation>延長：%1   已在此時間或更晚到期：%2   由他人建立：%3</translation>
    </message>
    <message>
        <source>Not in the tenant: %1   Not sent (errors or repeats): %2</source>
        <translation>不在租用戶中：%1   未傳送（錯誤或重複）：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to extend also differ from the tenant in other fields; those are updated too.</source>
        <translation>
            <numerusform>%n 個待延長的列在其他欄位上也與租用戶不同；這些欄位也會被更新。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to the service</source>
        <translation>
            <numerusform>對服務的 %n 次呼叫</numerusform>
        </translation>
    </message>
    <message>
        <source>No indicator of ours would expire later: there is nothing to do.</source>
        <translation>我們的指標都不會因此更晚到期：無需執行任何動作。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延長</translation>
    </message>
    <message>
        <source>Keep (expires then or later)</source>
        <translation>保留（在此時間或更晚到期）</translation>
    </message>
    <message>
        <source>Leave (made by others)</source>
        <translation>不處理（由他人建立）</translation>
    </message>
</context>
<context>
    <name>im::FileOpener</name>
    <message>
        <source>Opening %1...</source>
        <translation>正在開啟 %1...</translation>
    </message>
    <message>
        <source>Restoring unsaved changes...</source>
        <translation>正在復原未儲存的變更...</translation>
    </message>
    <message>
        <source>Appending %1...</source>
        <translation>正在附加 %1...</translation>
    </message>
</context>
<context>
    <name>im::FileSaver</name>
    <message>
        <source>Defender portal CSV (*.csv)</source>
        <translation>Defender 入口網站 CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV with Application, Educate URL and External ID (*.csv)</source>
        <translation>包含 Application、Educate URL 和 External ID 的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import API JSON (*.json)</source>
        <translation>匯入 API JSON (*.json)</translation>
    </message>
    <message>
        <source>Save Indicators As</source>
        <translation>將指標另存為</translation>
    </message>
    <message>
        <source>Save as Portal CSV</source>
        <translation>另存為入口網站 CSV</translation>
    </message>
    <message>
        <source>The portal template has no columns for %1. Some rows have values there that this file would not keep.</source>
        <translation>入口網站範本中沒有 %1 欄。有些列在這些欄中有值，此檔案將不會保留它們。</translation>
    </message>
    <message>
        <source>Keep them in extra columns (the portal import ignores unknown columns), or save without them?</source>
        <translation>是將它們保留在額外的欄中（入口網站匯入會忽略未知欄），還是不保留它們而直接儲存？</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Save &amp;Without Them</source>
        <translation>不保留並儲存(&amp;W)</translation>
    </message>
    <message>
        <source>Saving %1...</source>
        <translation>正在儲存 %1...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message>
        <source>Saving was cancelled. The previous file was left unchanged.</source>
        <translation>已取消儲存。之前的檔案保持不變。</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2. The previous file was left unchanged.</source>
        <translation>寫入「%1」失敗：%2。之前的檔案保持不變。</translation>
    </message>
</context>
<context>
    <name>im::FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>Filter rows by any text...</source>
        <translation>按任意文字篩選列...</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>篩選文字</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按狀態篩選</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>所有列</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>有錯誤的列</translation>
    </message>
    <message>
        <source>Rows with warnings</source>
        <translation>有警告的列</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>有問題的列</translation>
    </message>
    <message>
        <source>Rows without problems</source>
        <translation>沒有問題的列</translation>
    </message>
    <message>
        <source>Filter by indicator type</source>
        <translation>按指標類型篩選</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <extracomment>Filter entry for rows whose indicator type is missing or misspelt</extracomment>
        <translation>未知類型</translation>
    </message>
    <message>
        <source>Filter by problem</source>
        <translation>按問題篩選</translation>
    </message>
    <message>
        <source>Any problem</source>
        <translation>任何問題</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>顯示所有列</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除篩選器</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Problem filter entry: %1 a problem such as &quot;Upper-case hash&quot;, %2 the number of rows</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 / %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by submission result</source>
        <translation>按提交結果篩選</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>所有結果</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未傳送</translation>
    </message>
    <message>
        <source>Failed or not sent</source>
        <translation>失敗或未傳送</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>Filter entry for the rows that failed or were not sent for one reason; %1 is the reason</extracomment>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>im::FindReplaceBar</name>
    <message>
        <source>Replace &amp;with:</source>
        <translation>取代為(&amp;W)：</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>區分大小寫(&amp;C)</translation>
    </message>
    <message>
        <source>W&amp;hole cell</source>
        <translation>全儲存格比對(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>取代(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部取代(&amp;A)</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>尋找和取代</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>尋找(&amp;I)：</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>取代為</translation>
    </message>
    <message>
        <source>Match only cells whose whole text is the search text</source>
        <translation>只比對全部文字與搜尋文字相同的儲存格</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>搜尋範圍</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>所有欄</translation>
    </message>
    <message>
        <source>Current column</source>
        <translation>目前欄</translation>
    </message>
    <message>
        <source>Selected cells</source>
        <translation>選定的儲存格</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>尋找上一個 (Shift+F3)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>尋找上一個</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>尋找下一個 (F3)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>尋找下一個</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉 (Esc)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>關閉尋找和取代</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n cell(s)</source>
        <translation>
            <numerusform>取代 %n 個儲存格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n cell(s)</source>
        <translation>
            <numerusform>已取代 %n 個儲存格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::FixApplier</name>
    <message numerus="yes">
        <source>Fix all %n rows with &quot;%1&quot;...</source>
        <extracomment>%1 is a problem such as &quot;Upper-case hash&quot;</extracomment>
        <translation>
            <numerusform>使用「%1」修正全部 %n 列...</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>已應用程式：%1</translation>
    </message>
    <message>
        <source>No automatic fix for &quot;%1&quot;: edit the cell by hand.</source>
        <translation>「%1」沒有自動修正：請手動編輯儲存格。</translation>
    </message>
    <message>
        <source>Fix the selection</source>
        <translation>修正所選內容</translation>
    </message>
    <message>
        <source>Fix all &quot;%1&quot;</source>
        <extracomment>Undo step; %1 is a problem such as &quot;Upper-case hash&quot;</extracomment>
        <translation>修正全部「%1」</translation>
    </message>
    <message>
        <source>Apply Fixes</source>
        <translation>套用修正</translation>
    </message>
    <message>
        <source>The selection has no problems to fix.</source>
        <translation>所選內容中沒有要修正的問題。</translation>
    </message>
    <message>
        <source>No automatic fix is known for these problems. Edit the cells by hand.</source>
        <translation>這些問題沒有已知的自動修正。請手動編輯儲存格。</translation>
    </message>
    <message numerus="yes">
        <source>Change %n row(s) as follows?</source>
        <translation>
            <numerusform>按如下方式變更 %n 列？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more kind(s) of fix</source>
        <translation>
            <numerusform>... 以及另外 %n 種修正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no automatic fix and stay as they are.</source>
        <translation>
            <numerusform>%n 列沒有自動修正，將保持不變。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this in one step.</source>
        <translation>您可以一步復原此動作。</translation>
    </message>
    <message numerus="yes">
        <source>Fixed %n row(s).</source>
        <translation>
            <numerusform>已修正 %n 列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::ForecastChart</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n 天後</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::GridClipboard</name>
    <message>
        <source>Cut</source>
        <translation>剪下</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼上</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>剪貼簿中沒有文字。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n indicator(s)</source>
        <translation>
            <numerusform>貼上 %n 個指標</numerusform>
        </translation>
    </message>
    <message>
        <source>The table cannot be changed right now.</source>
        <translation>現在無法變更表格。</translation>
    </message>
</context>
<context>
    <name>im::GridEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清除儲存格</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>刪除 %n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>複製 %n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>貼上 %n 列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::HistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>匯入歷史記錄</translation>
    </message>
    <message>
        <source>Past submissions</source>
        <translation>過去的提交</translation>
    </message>
    <message>
        <source>Report of the selected submission</source>
        <translation>所選提交的報告</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租用戶</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未傳送</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>匯出 CSV...</translation>
    </message>
    <message>
        <source>Export the selected report as CSV</source>
        <translation>將所選報告匯出為 CSV</translation>
    </message>
    <message>
        <source>Export JSON...</source>
        <translation>匯出 JSON...</translation>
    </message>
    <message>
        <source>Export the selected report as JSON</source>
        <translation>將所選報告匯出為 JSON</translation>
    </message>
    <message>
        <source>Clear History...</source>
        <translation>清除歷史記錄...</translation>
    </message>
    <message>
        <source>Clear the import history</source>
        <translation>清除匯入歷史記錄</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>清除歷史記錄</translation>
    </message>
    <message>
        <source>Remove every past submission and its report from the history? The indicators in the tenant are not touched.</source>
        <translation>要從歷史記錄中刪除所有過去的提交及其報告嗎？租用戶中的指標不受影響。</translation>
    </message>
</context>
<context>
    <name>im::ImportDefaultsDialog</name>
    <message>
        <source>Save as Preset...</source>
        <translation>另存為預設組合...</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>刪除預設組合</translation>
    </message>
    <message>
        <source>Import Defaults</source>
        <translation>匯入預設值</translation>
    </message>
    <message>
        <source>What to put in the cells the file leaves empty. Values the file has are kept.</source>
        <translation>在檔案留空的儲存格中填入的內容。檔案中已有的值保持不變。</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>（留空）</translation>
    </message>
    <message>
        <source>e.g. {source}: {type}</source>
        <translation>例如 {source}: {type}</translation>
    </message>
    <message>
        <source>e.g. From {source}, line {line}</source>
        <translation>例如 From {source}, line {line}</translation>
    </message>
    <message>
        <source>Never (leave empty)</source>
        <translation>永不（留空）</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n 天後</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>All device groups</source>
        <translation>所有裝置群組</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>預設組合：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>動作：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>嚴重性：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Expiration:</source>
        <translation>到期時間：</translation>
    </message>
    <message>
        <source>Generate alert:</source>
        <translation>產生警示：</translation>
    </message>
    <message>
        <source>Device groups:</source>
        <translation>裝置群組：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Templates: {source} is the file&apos;s name, {type} the indicator type, {value} the value, {line} its line in the file.</source>
        <translation>範本：{source} 是檔案名稱，{type} 是指標類型，{value} 是值，{line} 是它在檔案中的行號。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) leave the action, title or description empty, which Defender requires. Choose what to put in the empty cells; values the file has are kept.</source>
        <translation>
            <numerusform>%n 列的動作、標題或描述為空，而 Defender 要求填入這些欄位。請選擇要在空白儲存格中填入的內容；檔案中已有的值保持不變。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>另存為預設組合</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>預設組合名稱：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>im::ImportEngine</name>
    <message>
        <source>The import was cancelled before this row was sent.</source>
        <translation>匯入在傳送此列之前已取消。</translation>
    </message>
    <message>
        <source>the service&apos;s replies had no result for this row.</source>
        <translation>服務的回覆中沒有此列的結果。</translation>
    </message>
    <message numerus="yes">
        <source>No usable result after %n attempt(s): %1</source>
        <translation>
            <numerusform>嘗試 %n 次後仍沒有可用結果：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The import journal %1 could not be written; an interrupted import would resend rows that already succeeded.</source>
        <translation>無法寫入匯入記錄 %1；匯入中斷後將重新傳送已成功的列。</translation>
    </message>
    <message>
        <source>Could not check whether the service had already created this row: %1</source>
        <translation>無法確認服務是否已建立此列：%1</translation>
    </message>
    <message>
        <source>Its expiration time %1 had passed when it was to be sent.</source>
        <translation>到要傳送時，其到期時間 %1 已過。</translation>
    </message>
    <message>
        <source>Its expiration time %1 comes before its batch (number %2) can be sent under the service&apos;s limit of %3 imports a minute.</source>
        <translation>其到期時間 %1 早於其批次（第 %2 批）在服務每分鐘 %3 次匯入的限制下最早能夠傳送的時間。</translation>
    </message>
</context>
<context>
    <name>im::IndicatorItemDelegate</name>
    <message>
        <source>(not set)</source>
        <extracomment>Severity not set in the severity editor</extracomment>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>device group</source>
        <translation>裝置群組</translation>
    </message>
    <message>
        <source>technique</source>
        <translation>技術</translation>
    </message>
</context>
<context>
    <name>im::IndicatorPager</name>
    <message>
        <source>the reply has no &quot;value&quot; list.</source>
        <translation>回覆中沒有「value」清單。</translation>
    </message>
    <message>
        <source>the service sent the same page twice; it did not apply $skip.</source>
        <translation>服務兩次傳送了同一頁；它沒有套用 $skip。</translation>
    </message>
    <message>
        <source>the service&apos;s link to the next page does not point at its own List address.</source>
        <translation>服務提供的下一頁連結沒有指向它自己的 List 位址。</translation>
    </message>
    <message>
        <source>the service sent the same page twice; it did not move its next-page link on.</source>
        <translation>服務兩次傳送了同一頁；它沒有推進下一頁連結。</translation>
    </message>
</context>
<context>
    <name>im::IndicatorTableModel</name>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Succeeded (id %1)</source>
        <extracomment>Status column after submitting; %1 is the indicator id the service gave</extracomment>
        <translation>成功（ID %1）</translation>
    </message>
    <message>
        <source>The service took this indicator; its id is %1.</source>
        <translation>服務已接受此指標，其 ID 為 %1。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未傳送：%1</translation>
    </message>
    <message>
        <source>This row was not sent: %1</source>
        <translation>此列未傳送：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>The service refused this row: %1</source>
        <translation>服務拒絕了此列：%1</translation>
    </message>
    <message>
        <source>Suggested fix: %1</source>
        <translation>建議的修正：%1</translation>
    </message>
    <message>
        <source>Edited since it was not sent: %1</source>
        <extracomment>Status column: a row left out of the last submission and changed since; %1 is why it was left out</extracomment>
        <translation>未傳送後已編輯：%1</translation>
    </message>
    <message>
        <source>This row was not sent: %1
It has been edited since.</source>
        <translation>此列未傳送：%1
之後已被編輯。</translation>
    </message>
    <message>
        <source>Edited since it failed: %1</source>
        <extracomment>Status column: a row the service refused and that was changed since; %1 is the service&apos;s reason</extracomment>
        <translation>失敗後已編輯：%1</translation>
    </message>
    <message>
        <source>The service refused this row: %1
It has been edited since; Resubmit Failed sends it again.</source>
        <translation>服務拒絕了此列：%1
之後已被編輯；「重新提交失敗的列」會再次傳送它。</translation>
    </message>
    <message>
        <source>From %1, line %2</source>
        <extracomment>Tool tip of a row appended from another file; %1 is its file name, %2 the line</extracomment>
        <translation>來自 %1，第 %2 行</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>來自 %1</translation>
    </message>
</context>
<context>
    <name>im::IndicatorTableView</name>
    <message>
        <source>Indicators</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>One indicator per row. Cells with problems are marked; their tooltip says why.</source>
        <translation>每列一個指標。有問題的儲存格會被標記；其工具提示說明原因。</translation>
    </message>
</context>
<context>
    <name>im::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <extracomment>Language menu entry: use the language of the operating system</extracomment>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
</context>
<context>
    <name>im::ListCellEditor</name>
    <message>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Add a %1...</source>
        <extracomment>%1 names one item, such as &quot;device group&quot;</extracomment>
        <translation>新增%1...</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新%1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>Remove the selected items</source>
        <translation>刪除選定的項目</translation>
    </message>
</context>
<context>
    <name>im::MainActions</name>
    <message>
        <source>&amp;New Table</source>
        <translation>新增表格(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>開啟(&amp;O)...</translation>
    </message>
    <message>
        <source>Open with Column &amp;Mapping...</source>
        <translation>使用欄對應開啟(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存為(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Paste as New &amp;Rows</source>
        <translation>貼上為新列(&amp;R)</translation>
    </message>
    <message>
        <source>Add the indicators on the clipboard (a list of IOCs, a table, JSON) as new rows</source>
        <translation>將剪貼簿上的指標（IOC 清單、表格、JSON）新增為新列</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>清除儲存格(&amp;L)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>尋找(&amp;F)...</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>取代(&amp;E)...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>尋找上一個(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>新增列(&amp;A)</translation>
    </message>
    <message>
        <source>Add an empty row at the end</source>
        <translation>在末尾新增一個空列</translation>
    </message>
    <message>
        <source>&amp;Insert Row Above</source>
        <translation>在上方插入列(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Duplicate Rows</source>
        <translation>複製列(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;elete Rows</source>
        <translation>刪除列(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit...</source>
        <translation>批次編輯(&amp;B)...</translation>
    </message>
    <message>
        <source>Apply &amp;Fix</source>
        <translation>套用修正(&amp;F)</translation>
    </message>
    <message>
        <source>Show the suggested fixes for the current cell</source>
        <translation>顯示目前儲存格的建議修正</translation>
    </message>
    <message>
        <source>Fix the &amp;Selection...</source>
        <translation>修正所選內容(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>下一個問題(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>上一個問題(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Filter Rows</source>
        <translation>篩選列(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>清除篩選器(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Indicator Manager</source>
        <translation>關於指標管理器(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tool tip of a button: %1 what it does, %2 its key (Ctrl+O)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>列(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>&amp;Preview Import...</source>
        <translation>預覽匯入(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Submit...</source>
        <translation>提交(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Resubmit Failed</source>
        <translation>重新提交失敗的列(&amp;R)</translation>
    </message>
    <message>
        <source>Import &amp;History...</source>
        <translation>匯入歷史記錄(&amp;H)...</translation>
    </message>
    <message>
        <source>&amp;Tenant Indicators...</source>
        <translation>租用戶指標(&amp;T)...</translation>
    </message>
    <message>
        <source>Send every valid row to the tenant</source>
        <translation>將所有有效列傳送到租用戶</translation>
    </message>
    <message>
        <source>Send again only the rows that failed or were not sent</source>
        <translation>僅重新傳送失敗或未傳送的列</translation>
    </message>
    <message>
        <source>List, export and delete the indicators the tenant holds</source>
        <translation>列出、匯出和刪除租用戶中的指標</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>提交(&amp;U)</translation>
    </message>
    <message>
        <source>Import &amp;Defaults...</source>
        <translation>匯入預設值(&amp;D)...</translation>
    </message>
    <message>
        <source>Fill the cells every row leaves empty: action, severity, title, description, expiration</source>
        <translation>為每一列填入留空的儲存格：動作、嚴重性、標題、描述、到期時間</translation>
    </message>
    <message>
        <source>&amp;Fill Down</source>
        <translation>向下填滿(&amp;F)</translation>
    </message>
    <message>
        <source>Set action, severity, expiration, device groups, title, description, recommended actions or category on every selected row</source>
        <translation>為每個選取的列設定動作、嚴重性、到期時間、裝置群組、標題、描述、建議的動作或類別</translation>
    </message>
    <message>
        <source>Add a copy of each selected row (Ctrl+D). To copy the top cell into the cells below, use Fill Down (Ctrl+Shift+D).</source>
        <translation>為每個選取的列新增一個複本 (Ctrl+D)。若要將頂端儲存格複製到其下方的儲存格，請使用「向下填滿」(Ctrl+Shift+D)。</translation>
    </message>
    <message>
        <source>Copy the top selected cell of each column into the selected cells below it, or the cell above into a single selected row (Ctrl+Shift+D)</source>
        <translation>將每欄中最上方的選取儲存格複製到其下方的選取儲存格；只選取一列時複製上一列的儲存格 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Appen&amp;d...</source>
        <translation>附加(&amp;D)...</translation>
    </message>
    <message>
        <source>Add the rows of another file after the last row, keeping the table that is open</source>
        <translation>將另一個檔案的列新增到最後一列之後，保留目前開啟的表格</translation>
    </message>
    <message>
        <source>S&amp;ync with Tenant...</source>
        <translation>與租用戶同步(&amp;Y)...</translation>
    </message>
    <message>
        <source>Make the tenant hold exactly this table&apos;s rows among our indicators, after a preview</source>
        <translation>預覽後，使租用戶中我們的指標與此表格的列完全一致</translation>
    </message>
    <message>
        <source>Submit to Several T&amp;enants...</source>
        <translation>提交到多個租用戶(&amp;E)...</translation>
    </message>
    <message>
        <source>Submit or sync this table to several saved profiles in turn, with the results side by side</source>
        <translation>將此表依序提交或同步到多個已儲存的設定檔，並排顯示結果</translation>
    </message>
    <message>
        <source>E&amp;xtend Expiration...</source>
        <translation>延長到期時間(&amp;X)...</translation>
    </message>
    <message>
        <source>Extend the expiration of this table&apos;s rows that the tenant holds, after a preview</source>
        <translation>預覽後，延長此表中租用戶已有各列的到期時間</translation>
    </message>
</context>
<context>
    <name>im::MainWindow</name>
    <message>
        <source>Open Indicators</source>
        <translation>開啟指標</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n 列無效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>Status bar summary: row count, invalid rows, warnings.</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Problems Panel</source>
        <translation>問題面板(&amp;P)</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>未貼上任何內容：%1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>新增列</translation>
    </message>
    <message>
        <source>Insert row</source>
        <translation>插入列</translation>
    </message>
    <message>
        <source>The filter was cleared to show the row.</source>
        <translation>已清除篩選器以顯示該列。</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, then close again.</source>
        <translation>請等待正在執行的任務完成，然後再次關閉。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] - Indicator Manager</source>
        <extracomment>Window title; %1 is the file name, [*] marks unsaved changes</extracomment>
        <translation>%1[*] - 指標管理器</translation>
    </message>
    <message>
        <source>No problems in the rows shown.</source>
        <translation>顯示的列中沒有問題。</translation>
    </message>
    <message>
        <source>No suggested fix for this cell.</source>
        <translation>此儲存格沒有建議的修正。</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %n row(s)</source>
        <translation>
            <numerusform>批次編輯 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tool tip of a button: %1 what it does, %2 its key (Ctrl+O)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Nothing was submitted: %1</source>
        <translation>未提交任何內容：%1</translation>
    </message>
    <message>
        <source>No row can be sent: every row has errors to fix first.</source>
        <translation>沒有可傳送的列：每一列都有需要先修復的錯誤。</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>匯出結果</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Results written to %1</source>
        <translation>結果已寫入 %1</translation>
    </message>
    <message>
        <source>A submission is running: cancel it or wait for it, then close again.</source>
        <translation>正在進行提交：請取消提交或等待其完成，然後再關閉。</translation>
    </message>
    <message>
        <source>Sign in to a tenant first (Sign in menu).</source>
        <translation>請先登入租用戶（「登入」選單）。</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s indicators to plan the submission...</source>
        <translation>正在讀取租用戶的指標以規劃提交...</translation>
    </message>
    <message>
        <source>Nothing was submitted: the tenant&apos;s indicators could not be read: %1</source>
        <translation>未提交任何內容：無法讀取租用戶的指標：%1</translation>
    </message>
    <message>
        <source>Nothing to send: every row has errors, repeats an earlier row, is unchanged in the tenant or was already imported.</source>
        <translation>沒有可傳送的列：每一列都有錯誤、與前面的列重複、在租用戶中未變更或已匯入。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was submitted: the import would pass the tenant&apos;s limit by %n indicator(s). Preview Import shows the ways out.</source>
        <translation>
            <numerusform>未提交任何內容：此次匯入將超出租用戶上限 %n 個指標。「預覽匯入」中有解決辦法。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Indicators</source>
        <translation>新增指標</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a certificate, not a table. Add its thumbprint as a new row?</source>
        <translation>「%1」是憑證，不是表格。要將其指紋新增為新的一列嗎？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table of indicators. Add its hashes as new rows?</source>
        <translation>「%1」不是指標表格。要將其雜湊新增為新的列嗎？</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Add %n indicator(s) of %1</source>
        <translation>
            <numerusform>新增 %1 的 %n 個指標</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import defaults on %n row(s)</source>
        <translation>
            <numerusform>對 %n 列套用匯入預設值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) leave the action, title or description empty. Edit &gt; Import Defaults fills them for every row at once.</source>
        <translation>
            <numerusform>%n 列的動作、標題或描述為空。「編輯 &gt; 匯入預設值」可一次為所有列填入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator files (*.csv *.tsv *.txt *.json *.xlsx *.pdf *.md *.adoc *.html *.htm *.ioc *.iocs *.md5 *.sha1 *.sha256 *.lst *.list);;All files (*)</source>
        <translation>指標檔案 (*.csv *.tsv *.txt *.json *.xlsx *.pdf *.md *.adoc *.html *.htm *.ioc *.iocs *.md5 *.sha1 *.sha256 *.lst *.list);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>S&amp;ubmission Panel</source>
        <translation>提交面板(&amp;U)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>S&amp;ource Panel</source>
        <translation>來源面板(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>Append %n row(s) of %1</source>
        <translation>
            <numerusform>附加 %1 的 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no rows to append.</source>
        <translation>%1 中沒有可附加的列。</translation>
    </message>
    <message numerus="yes">
        <source>Appended %n row(s) of %1</source>
        <translation>
            <numerusform>已附加 %1 的 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Append Indicators</source>
        <translation>附加指標</translation>
    </message>
    <message numerus="yes">
        <source>Extend expiration of %n row(s)</source>
        <translation>
            <numerusform>延長 %n 列的到期時間</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::MultiTenantDialog</name>
    <message>
        <source>Submit to Several Tenants</source>
        <translation>提交到多個租用戶</translation>
    </message>
    <message>
        <source>Tick the saved profiles to send this table to. The tenants are done one after the other, each with its own sign-in, rate limit and quota check; a tenant that fails does not stop the others.</source>
        <translation>勾選要將此表傳送到的已儲存設定檔。租用戶依序處理，每個租用戶各自登入、各自的速率限制和配額檢查；一個租用戶失敗不會影響其他租用戶。</translation>
    </message>
    <message>
        <source>&amp;Submit (import the valid rows)</source>
        <translation>提交(&amp;S)（匯入有效列）</translation>
    </message>
    <message>
        <source>S&amp;ync (also delete our indicators the table no longer holds)</source>
        <translation>同步(&amp;Y)（同時刪除表中已不再包含的我們的指標）</translation>
    </message>
    <message>
        <source>&amp;Preview only: change nothing</source>
        <translation>僅預覽(&amp;P)：不做任何變更</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消執行(&amp;C)</translation>
    </message>
    <message>
        <source>Rows that failed or were not sent, for the tenant picked above:</source>
        <translation>上方所選租用戶中失敗或未傳送的列：</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Lines of the side-by-side results, one column per tenant</extracomment>
        <translation>已建立</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未變更</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>尚未開始。</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n tenant(s).</source>
        <translation>
            <numerusform>完成：%n 個租用戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync %n row(s) with these tenants, one after the other?</source>
        <translation>
            <numerusform>要依序將 %n 列與這些租用戶同步嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit %n row(s) to these tenants, one after the other?</source>
        <translation>
            <numerusform>要依序將 %n 列提交到這些租用戶嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant %1 of %2: %3, signing in…</source>
        <extracomment>%1 of %2 counts the tenants, %3 is the profile&apos;s name</extracomment>
        <translation>租用戶 %1/%2：%3，正在登入…</translation>
    </message>
    <message>
        <source>Tenant %1 of %2: %3, reading the tenant&apos;s indicators…</source>
        <translation>租用戶 %1/%2：%3，正在讀取租用戶的指標…</translation>
    </message>
    <message>
        <source>Tenant %1 of %2: %3, %4 of %5 rows sent…</source>
        <translation>租用戶 %1/%2：%3，已傳送 %4/%5 列…</translation>
    </message>
    <message>
        <source>Tenant %1 of %2: %3, done.</source>
        <translation>租用戶 %1/%2：%3，已完成。</translation>
    </message>
    <message>
        <source>Preview: nothing was changed.</source>
        <translation>預覽：未做任何變更。</translation>
    </message>
    <message>
        <source>Done, with rows that failed.</source>
        <translation>已完成，有失敗的列。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未傳送</translation>
    </message>
    <message>
        <source>Row %1 %2</source>
        <extracomment>%1 row number, %2 failed or not sent, %3 the reason</extracomment>
        <translation>第 %1 列%2</translation>
    </message>
    <message>
        <source>Row %1 %2: %3</source>
        <translation>第 %1 列%2：%3</translation>
    </message>
</context>
<context>
    <name>im::MultiTenantRun</name>
    <message>
        <source>Not started: the run was cancelled.</source>
        <translation>未開始：執行已取消。</translation>
    </message>
    <message>
        <source>Cancelled while reading the tenant.</source>
        <translation>讀取租用戶時已取消。</translation>
    </message>
    <message>
        <source>Over the tenant&apos;s quota: %1 active indicators after the import, %2 allowed. Nothing was sent to this tenant.</source>
        <translation>超出租用戶的配額：匯入後將有 %1 個作用中指標，允許 %2 個。未向此租用戶傳送任何內容。</translation>
    </message>
    <message>
        <source>Cancelled: the rest is done by running it again.</source>
        <translation>已取消：再次執行即可完成其餘部分。</translation>
    </message>
</context>
<context>
    <name>im::NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>關閉訊息</translation>
    </message>
</context>
<context>
    <name>im::OverLimitPanel</name>
    <message>
        <source>Over the limit</source>
        <translation>超出限制</translation>
    </message>
    <message numerus="yes">
        <source>The import would pass the limit of %1 by %Ln indicator(s).</source>
        <translation>
            <numerusform>此次匯入將超出 %1 的限制 %Ln 個指標。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send only the first %Ln row(s), which fit the quota</source>
        <translation>
            <numerusform>僅傳送配額內可容納的前 %Ln 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Send only the first rows that fit</source>
        <translation>僅傳送可容納的前幾列</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln expired or soon-expiring indicator(s)...</source>
        <translation>
            <numerusform>刪除 %Ln 個已到期或即將到期的指標(&amp;D)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete expired or soon-expiring indicators</source>
        <translation>刪除已到期或即將到期的指標</translation>
    </message>
    <message numerus="yes">
        <source>Indicators that have expired or expire within %n day(s), soonest first; none that this table updates.</source>
        <translation>
            <numerusform>已到期或將在 %n 天內到期的指標，最早到期的排在前面；不包括此表要更新的指標。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to pick indicators to delete.</source>
        <translation>登入後即可選擇要刪除的指標。</translation>
    </message>
    <message>
        <source>Delete Indicators</source>
        <translation>刪除指標</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln indicator(s) from the tenant?</source>
        <translation>
            <numerusform>要從租用戶中刪除 %Ln 個指標嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have expired or expire within %n day(s). Deleting them frees their quota now; this cannot be undone.</source>
        <translation>
            <numerusform>它們已到期或將在 %n 天內到期。刪除後會立即釋放其佔用的配額；此動作無法復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>No row fits the quota: delete indicators from the tenant to make room</source>
        <translation>沒有可容納於配額內的列：請從租用戶中刪除指標以騰出空間</translation>
    </message>
</context>
<context>
    <name>im::PreviewDialog</name>
    <message numerus="yes">
        <source>Deleted %1 of %Ln indicator(s)...</source>
        <translation>
            <numerusform>已刪除 %1 個（共 %Ln 個指標）...</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview Import</source>
        <translation>預覽匯入</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租用戶</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s indicators again</source>
        <translation>重新讀取租用戶的指標</translation>
    </message>
    <message>
        <source>&amp;Active indicators in the tenant:</source>
        <translation>租用戶中的作用中指標(&amp;A)：</translation>
    </message>
    <message>
        <source>Active indicators in the tenant</source>
        <translation>租用戶中的作用中指標</translation>
    </message>
    <message>
        <source>S&amp;kip rows the tenant already holds unchanged</source>
        <translation>跳過租用戶中已存在且未變更的列(&amp;K)</translation>
    </message>
    <message>
        <source>Skip unchanged rows</source>
        <translation>跳過未變更的列</translation>
    </message>
    <message>
        <source>Rows and calls</source>
        <translation>列和呼叫</translation>
    </message>
    <message>
        <source>Rows in the table:</source>
        <translation>表中的列數：</translation>
    </message>
    <message>
        <source>To send:</source>
        <translation>要傳送：</translation>
    </message>
    <message>
        <source>Not sent:</source>
        <translation>未傳送：</translation>
    </message>
    <message>
        <source>Batches:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>Import calls:</source>
        <translation>匯入呼叫：</translation>
    </message>
    <message>
        <source>Minimum time:</source>
        <translation>最短時間：</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配額</translation>
    </message>
    <message>
        <source>Quota used after the import</source>
        <translation>匯入後的配額使用量</translation>
    </message>
    <message>
        <source>Forecast of active indicators</source>
        <translation>作用中指標預測</translation>
    </message>
    <message numerus="yes">
        <source>Active indicators over the next %n day(s), as indicators expire:</source>
        <translation>
            <numerusform>隨著指標到期，未來 %n 天內的作用中指標數：</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to see how expirations free the quota over the coming days.</source>
        <translation>登入後即可檢視未來幾天內指標到期將如何釋放配額。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>列</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>所有列</translation>
    </message>
    <message>
        <source>Rows to send</source>
        <translation>要傳送的列</translation>
    </message>
    <message>
        <source>Rows not sent</source>
        <translation>未傳送的列</translation>
    </message>
    <message>
        <source>Rows to show</source>
        <translation>要顯示的列</translation>
    </message>
    <message>
        <source>Rows and what happens to them</source>
        <translation>列及其處理方式</translation>
    </message>
    <message>
        <source>&amp;Go to Row</source>
        <translation>轉到列(&amp;G)</translation>
    </message>
    <message>
        <source>Go to the row in the table</source>
        <translation>轉到表中的該列</translation>
    </message>
    <message>
        <source>&amp;Submit...</source>
        <translation>提交(&amp;S)...</translation>
    </message>
    <message>
        <source>Submit the rows to send</source>
        <translation>提交要傳送的列</translation>
    </message>
    <message>
        <source>Not signed in: type how many indicators the tenant holds, or sign in to compare the rows with the tenant.</source>
        <translation>未登入：請輸入租用戶中的指標數量，或登入以將這些列與租用戶進行比較。</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s indicators...</source>
        <translation>正在讀取租用戶的指標...</translation>
    </message>
    <message>
        <source>The tenant&apos;s indicators could not be read: %1</source>
        <translation>無法讀取租用戶的指標：%1</translation>
    </message>
    <message numerus="yes">
        <source>Signed in: %Ln active indicator(s), read at %1.</source>
        <translation>
            <numerusform>已登入：%Ln 個作用中指標，讀取於 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 new, %3 updates)</source>
        <translation>%1（%2 個新增，%3 個更新）</translation>
    </message>
    <message>
        <source>%1: %2 invalid, %3 repeats, %4 left out by you, %5 unchanged, %6 beyond the quota</source>
        <translation>%1：%2 列無效，%3 列重複，%4 列由你排除，%5 列未變更，%6 列超出配額</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) of %1, in table order</source>
        <translation>
            <numerusform>%Ln 個批次，每批 %1 列，按表中順序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) at 30 calls a minute</source>
        <translation>
            <numerusform>%n 秒（按每分鐘 30 次呼叫計）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) at 30 calls a minute</source>
        <translation>
            <numerusform>%n 分鐘（按每分鐘 30 次呼叫計）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 active now, %2 after the import, of %3 allowed.</source>
        <translation>目前作用中 %1 個，匯入後 %2 個，上限 %3 個。</translation>
    </message>
    <message>
        <source>%1  %2  %3  expires %4</source>
        <translation>%1  %2  %3  到期時間 %4</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln indicator(s)...</source>
        <translation>
            <numerusform>正在刪除 %Ln 個指標...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln indicator(s) from the tenant.</source>
        <translation>
            <numerusform>已從租用戶中刪除 %Ln 個指標。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting stopped after %Ln indicator(s): %1</source>
        <translation>
            <numerusform>刪除了 %Ln 個指標後停止：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) allow a value the tenant blocks, or block one it allows (see What happens).</source>
        <translation>
            <numerusform>%Ln 列允許了租用戶封鎖的值，或封鎖了租用戶允許的值（見「將執行的動作」）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::PreviewRowsModel</name>
    <message>
        <source>New indicator</source>
        <translation>新指標</translation>
    </message>
    <message>
        <source>Updates an indicator</source>
        <translation>更新指標</translation>
    </message>
    <message>
        <source>Not sent: left out by you</source>
        <translation>未傳送：已由你排除</translation>
    </message>
    <message>
        <source>Not sent: invalid</source>
        <translation>未傳送：無效</translation>
    </message>
    <message>
        <source>Not sent: repeats an earlier row</source>
        <translation>未傳送：與前面的列重複</translation>
    </message>
    <message>
        <source>Not sent: unchanged in the tenant</source>
        <translation>未傳送：租用戶中已存在且未變更</translation>
    </message>
    <message>
        <source>Not sent: beyond the first rows that fit the quota</source>
        <translation>未傳送：不在配額可容納的前幾列之內</translation>
    </message>
    <message>
        <source>Untick to leave this row out of the import.</source>
        <translation>取消勾選可將此列排除在匯入之外。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Not sent: already imported by an earlier submission</source>
        <translation>未傳送：先前的提交已匯入</translation>
    </message>
    <message>
        <source>The tenant holds this value as %1 (id %2) for devices this row also reaches. Defender keeps both: for IPs, domains and URLs Allowed wins where both apply; for files the device-group indicator wins over the one for all devices. Delete one of them, or give each device group one action.</source>
        <extracomment>%1 is the action the tenant&apos;s indicator has (such as Allowed), %2 its id</extracomment>
        <translation>租用戶中已有此值，動作為 %1（ID %2），且適用於此列也涵蓋的裝置。Defender 會同時保留兩者：對於 IP、網域和 URL，兩者都適用時以允許為準；對於檔案，裝置群組的指標優先於適用於所有裝置的指標。請刪除其中一個，或為每個裝置群組只指定一個動作。</translation>
    </message>
    <message>
        <source>%1 · the tenant has it as %2 (id %3)</source>
        <extracomment>Appended to what the import does with a row; %1 is the tenant&apos;s action, %2 the indicator&apos;s id</extracomment>
        <translation>%1 · 租用戶中為 %2（ID %3）</translation>
    </message>
</context>
<context>
    <name>im::ProblemsModel</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>列</translation>
    </message>
    <message>
        <source>%1 column; %2. Click to go to the first row, double-click to list the rows.</source>
        <extracomment>%1 is a column such as &quot;Indicator value&quot;, %2 &quot;Error&quot; or &quot;Warning&quot;</extracomment>
        <translation>%1 欄；%2。按一下轉到第一列，按兩下列出這些列。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more row(s): filter the grid to see them all</source>
        <translation>
            <numerusform>... 以及另外 %n 列：篩選表格以檢視全部</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>An occurrence in the Problems panel; %1 is the row&apos;s number in the table (its row header), %2 the explanation</extracomment>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Hidden row: %1</source>
        <translation>隱藏的列：%1</translation>
    </message>
</context>
<context>
    <name>im::ProblemsPanel</name>
    <message>
        <source>&amp;Fix this row</source>
        <translation>修正此列(&amp;F)</translation>
    </message>
    <message>
        <source>Fix &amp;all rows...</source>
        <translation>修正所有列(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Show only these rows</source>
        <translation>只顯示這些列(&amp;S)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Problems by rule</source>
        <translation>按規則列出的問題</translation>
    </message>
    <message>
        <source>Fix this row</source>
        <translation>修正此列</translation>
    </message>
    <message>
        <source>Fix all rows with this problem</source>
        <translation>修正所有有此問題的列</translation>
    </message>
    <message>
        <source>Apply the suggested fix to every row with the selected problem</source>
        <translation>對所有有選定問題的列套用建議的修正</translation>
    </message>
    <message>
        <source>Show only rows with this problem</source>
        <translation>只顯示有此問題的列</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>應用程式：%1</translation>
    </message>
    <message>
        <source>Select a row whose problem has a suggested fix</source>
        <translation>請選擇一個問題有建議修正的列</translation>
    </message>
    <message>
        <source>No indicators</source>
        <translation>沒有指標</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>沒有問題</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 in %n row(s)</source>
        <extracomment>%1 and %2 are complete phrases such as &quot;3 errors&quot; and &quot;2 warnings&quot;</extracomment>
        <translation>
            <numerusform>%n 列中有 %1、%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::ProgressDevice</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>im::RecentFiles</name>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>清除最近開啟的檔案(&amp;C)</translation>
    </message>
</context>
<context>
    <name>im::SheetPickerDialog</name>
    <message>
        <source>Choose a Sheet</source>
        <translation>選擇工作表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has several sheets with content. Which one should be read?</source>
        <translation>「%1」有多個包含內容的工作表。要讀取哪一個？</translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <extracomment>A sheet in the list of a workbook&apos;s sheets; %1 is its name</extracomment>
        <translation>%1（空白）</translation>
    </message>
    <message>
        <source>%1 (no indicator column)</source>
        <extracomment>A sheet whose first row names no column of indicator values; %1 is its name</extracomment>
        <translation>%1（無指標欄）</translation>
    </message>
</context>
<context>
    <name>im::SignInController</name>
    <message>
        <source>&amp;Tenant</source>
        <translation>租用戶(&amp;T)</translation>
    </message>
    <message>
        <source>Sign in as &amp;profile</source>
        <translation>以設定檔登入(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in...</source>
        <translation>登入(&amp;S)...</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation>沒有已儲存的設定檔</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>沒有名為「%1」的設定檔。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>The secrets of &quot;%1&quot; could not be removed from the system keychain: %2</source>
        <translation>無法從系統認證存放區中刪除「%1」的密碼：%2</translation>
    </message>
</context>
<context>
    <name>im::SignInDialog</name>
    <message>
        <source>Browse...</source>
        <translation>瀏覽...</translation>
    </message>
    <message>
        <source>Sign in to a tenant</source>
        <translation>登入到租用戶</translation>
    </message>
    <message>
        <source>e.g. Contoso production</source>
        <translation>例如 Contoso 生產環境</translation>
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx or contoso.onmicrosoft.com</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx 或 contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>PEM (certificate and private key) or PFX file</source>
        <translation>PEM（憑證和私鑰）或 PFX 檔案</translation>
    </message>
    <message>
        <source>Certificate of the app registration</source>
        <translation>應用程式註冊的憑證</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.pfx *.p12);;All files (*)</source>
        <translation>憑證 (*.pem *.pfx *.p12);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>only if the file is protected</source>
        <translation>僅當檔案受保護時</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>optional: CA certificates of a TLS-inspecting proxy (PEM)</source>
        <translation>可選：執行 TLS 檢查的代理的 CA 憑證 (PEM)</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>額外的 CA 憑證</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 憑證 (*.pem *.crt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API 位址：</translation>
    </message>
    <message>
        <source>Sign-in address:</source>
        <translation>登入位址：</translation>
    </message>
    <message>
        <source>Extra CA file:</source>
        <translation>額外的 CA 檔案：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save and sign in</source>
        <translation>儲存並登入(&amp;S)</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>設定檔名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>雲(&amp;C)：</translation>
    </message>
    <message>
        <source>API &amp;host:</source>
        <translation>API 主機(&amp;H)：</translation>
    </message>
    <message>
        <source>Directory (&amp;tenant) ID:</source>
        <translation>目錄 (租用戶) 識別碼(&amp;T)：</translation>
    </message>
    <message>
        <source>Application (c&amp;lient) ID:</source>
        <translation>應用程式 (用戶端) 識別碼(&amp;L)：</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>登入方式(&amp;W)：</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>用戶端密碼(&amp;S)：</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>憑證檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Custom address (see Advanced)</source>
        <translation>自訂位址（參見「進階」）</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1（全球）</translation>
    </message>
    <message>
        <source>%1 (region %2)</source>
        <extracomment>%1 host name, %2 region code such as &quot;eu&quot;</extracomment>
        <translation>%1（區域 %2）</translation>
    </message>
    <message>
        <source>Enter the directory (tenant) ID.</source>
        <translation>請輸入目錄 (租用戶) 識別碼。</translation>
    </message>
    <message>
        <source>The tenant is a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47, or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>租用戶是 GUID（例如 72f988bf-86f1-41af-91ab-2d7cd011db47），或已驗證的網域（例如 contoso.onmicrosoft.com）。</translation>
    </message>
    <message>
        <source>Enter the application (client) ID of the app registration.</source>
        <translation>請輸入應用程式註冊的應用程式 (用戶端) 識別碼。</translation>
    </message>
    <message>
        <source>The application (client) ID is a GUID such as 00000000-0000-0000-0000-000000000000.</source>
        <translation>應用程式 (用戶端) 識別碼是 GUID，例如 00000000-0000-0000-0000-000000000000。</translation>
    </message>
    <message>
        <source>Enter the client secret (its value, not its ID).</source>
        <translation>請輸入用戶端密碼（其值，而不是其 ID）。</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM or PFX) of the app registration.</source>
        <translation>請選擇應用程式註冊的憑證檔案（PEM 或 PFX）。</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>無法讀取憑證檔案 %1。</translation>
    </message>
    <message>
        <source>Finish signing in in your web browser; this window waits for it.</source>
        <translation>請在 Web 瀏覽器中完成登入；此視窗會等待。</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>正在登入...</translation>
    </message>
    <message>
        <source>Signed in; listing one indicator...</source>
        <translation>已登入；正在列出一個指標...</translation>
    </message>
    <message>
        <source>Signed in as %1. Delegated permissions: %2.</source>
        <extracomment>%1 the user&apos;s sign-in name, %2 a list of permissions</extracomment>
        <translation>已以 %1 身份登入。委派權限：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Application permissions in the token: %1.</source>
        <translation>權杖中的應用程式權限：%1。</translation>
    </message>
    <message>
        <source>Importing needs Ti.ReadWrite or Ti.ReadWrite.All (WindowsDefenderATP) with admin consent; this token has neither.</source>
        <translation>匯入需要 Ti.ReadWrite 或 Ti.ReadWrite.All (WindowsDefenderATP) 並授予管理員同意；此權杖兩者都沒有。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Connection works: signed in and the Indicators API answered.</source>
        <translation>連線正常：已登入，指標 API 已回應。</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>已登入。</translation>
    </message>
</context>
<context>
    <name>im::SourcePanel</name>
    <message>
        <source>The current row was not read from a report, MISP or STIX.</source>
        <translation>目前的列不是從報告、MISP 或 STIX 讀取的。</translation>
    </message>
    <message>
        <source>Page %1, line %2</source>
        <translation>第 %1 頁，第 %2 行</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>im::SubmissionRun</name>
    <message>
        <source>Sign in to a tenant first (Sign in menu).</source>
        <translation>請先登入租用戶（「登入」選單）。</translation>
    </message>
    <message>
        <source>A submission is already running.</source>
        <translation>已有一個提交正在進行。</translation>
    </message>
    <message>
        <source>There are no rows to send.</source>
        <translation>沒有可傳送的列。</translation>
    </message>
    <message>
        <source>The submission could not start.</source>
        <translation>無法開始提交。</translation>
    </message>
    <message>
        <source>Cancelled: the rows not sent can be sent with Resume.</source>
        <translation>已取消：未傳送的列可透過「繼續」傳送。</translation>
    </message>
</context>
<context>
    <name>im::SubmitController</name>
    <message>
        <source>Sign in to a tenant first (Sign in menu).</source>
        <translation>請先登入租用戶（「登入」選單）。</translation>
    </message>
    <message>
        <source>Nothing has been submitted yet.</source>
        <translation>尚未提交任何內容。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Every row left to send has errors; fix them first.</source>
        <translation>剩餘待傳送的列都有錯誤；請先修正。</translation>
    </message>
</context>
<context>
    <name>im::SubmitProgressWidget</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Submitting to the tenant...</source>
        <translation>正在提交到租用戶...</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Submission progress</source>
        <translation>提交進度</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the submission</source>
        <translation>取消提交</translation>
    </message>
    <message>
        <source>Stop after the batch being sent; the rest can be sent with Resume</source>
        <translation>傳送完目前批次後停止；其餘列可透過「繼續」傳送</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>繼續(&amp;R)</translation>
    </message>
    <message>
        <source>Resume the submission</source>
        <translation>繼續提交</translation>
    </message>
    <message>
        <source>Send the rows the stopped submission did not send</source>
        <translation>傳送已停止的提交中未傳送的列</translation>
    </message>
    <message>
        <source>%1 of %2 rows · batch %3 of %4</source>
        <extracomment>Submission progress: rows settled of all rows, then batches</extracomment>
        <translation>%1 / %2 列 · 第 %3 / %4 批</translation>
    </message>
    <message>
        <source>Estimating the time left...</source>
        <translation>正在估算剩餘時間...</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>剩餘約 %1</translation>
    </message>
    <message>
        <source>Waiting %1 for the service&apos;s rate limit (30 calls a minute). The submission goes on by itself.</source>
        <translation>正在等待 %1 以遵守服務的速率限制（每分鐘 30 次呼叫）。提交將自動繼續。</translation>
    </message>
</context>
<context>
    <name>im::SubmitSummaryWidget</name>
    <message>
        <source>Resubmit &amp;failed</source>
        <translation>重新提交失敗項(&amp;F)</translation>
    </message>
    <message>
        <source>Resubmit the failed and unsent rows</source>
        <translation>重新提交失敗和未傳送的列</translation>
    </message>
    <message>
        <source>Send again only the rows that failed or were not sent, as they are now</source>
        <translation>僅重新傳送失敗或未傳送的列（按其目前內容）</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>匯出 CSV...</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>將結果匯出為 CSV</translation>
    </message>
    <message>
        <source>Export JSON...</source>
        <translation>匯出 JSON...</translation>
    </message>
    <message>
        <source>Export the results as JSON</source>
        <translation>將結果匯出為 JSON</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>歷史記錄(&amp;H)...</translation>
    </message>
    <message>
        <source>Show the import history</source>
        <translation>顯示匯入歷史記錄</translation>
    </message>
    <message>
        <source>Nothing submitted yet.</source>
        <translation>尚未提交任何內容。</translation>
    </message>
    <message>
        <source>%1 succeeded · %2 failed · %3 not sent</source>
        <extracomment>Submission summary: rows succeeded, failed and not sent</extracomment>
        <translation>成功 %1 · 失敗 %2 · 未傳送 %3</translation>
    </message>
    <message numerus="yes">
        <source>Took %1 s · %n rate-limit wait(s), %2 s in all</source>
        <extracomment>%1 is the time the submission took; %n the number of rate-limit waits; %2 their total length in seconds</extracomment>
        <translation>
            <numerusform>用時 %1 秒 · 速率限制等待 %n 次，共 %2 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <extracomment>A failure reason in the summary with the number of rows that failed with it</extracomment>
        <translation>
            <numerusform>%1（%n 列）</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested fix: %1</source>
        <translation>建議的修正：%1</translation>
    </message>
    <message>
        <source>Submitting: the results appear here when the run ends.</source>
        <translation>正在提交：執行結束後結果將顯示於此處。</translation>
    </message>
    <message>
        <source>Why rows failed or were not sent (click one to show its rows):</source>
        <translation>列失敗或未傳送的原因（按一下某個原因可顯示其對應的列）：</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %1 (%n row(s))</source>
        <extracomment>A reason why rows were not sent, with the number of rows; %1 is the reason</extracomment>
        <translation>
            <numerusform>未傳送：%1（%n 列）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::SyncController</name>
    <message>
        <source>Nothing was synced: %1</source>
        <translation>未同步任何內容：%1</translation>
    </message>
    <message>
        <source>Sign in to a tenant first (Sign in menu).</source>
        <translation>請先登入租用戶（「登入」選單）。</translation>
    </message>
    <message>
        <source>Nothing was synced: the tenant&apos;s indicators could not be read: %1</source>
        <translation>未同步任何內容：無法讀取租用戶的指標：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 of %n row(s) created or updated</source>
        <translation>
            <numerusform>同步：%n 列中有 %1 列已建立或更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s) of ours deleted</source>
        <translation>
            <numerusform>我們的 %n 個指標中有 %1 個已刪除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次呼叫</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Run Sync with Tenant again to finish.</source>
        <translation>請再次執行「與租用戶同步」以完成。</translation>
    </message>
</context>
<context>
    <name>im::SyncPreviewDialog</name>
    <message>
        <source>Sync with Tenant</source>
        <translation>與租用戶同步</translation>
    </message>
    <message>
        <source>Make the tenant hold exactly this table&apos;s rows among the indicators we own. Indicators made by others (the portal, Defender for Cloud Apps, other apps) are never deleted.</source>
        <translation>使租用戶中我們擁有的指標與此表格的列完全一致。他人建立的指標（入口網站、Defender for Cloud Apps、其他應用程式）永遠不會被刪除。</translation>
    </message>
    <message>
        <source>Create: %1   Update: %2   Unchanged: %3   Delete (ours, no longer in the table): %4</source>
        <translation>建立：%1   更新：%2   未變更：%3   刪除（我們的，已不在表格中）：%4</translation>
    </message>
    <message>
        <source>Not sent (errors or repeats): %1   Others&apos; indicators left alone: %2</source>
        <translation>未傳送（錯誤或重複）：%1   保留的他人指標：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to the service</source>
        <translation>
            <numerusform>對服務的 %n 次呼叫</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant already holds the table: there is nothing to do.</source>
        <translation>租用戶已包含此表格：無需執行任何操作。</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>What the sync does to each row and indicator</source>
        <translation>同步對每一列和每個指標執行的操作</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Run the sync now</source>
        <translation>立即執行同步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未變更</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未傳送</translation>
    </message>
</context>
<context>
    <name>im::TaskProgressWidget</name>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>取消正在執行的任務</translation>
    </message>
</context>
<context>
    <name>im::TenantIndicatorsDialog</name>
    <message>
        <source>Export Tenant Indicators</source>
        <translation>匯出租用戶指標</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Tenant Indicators</source>
        <translation>租用戶指標</translation>
    </message>
    <message>
        <source>Filter the tenant&apos;s indicators by any text...</source>
        <translation>按任意文字篩選租用戶的指標...</translation>
    </message>
    <message>
        <source>Filter the tenant&apos;s indicators</source>
        <translation>篩選租用戶的指標</translation>
    </message>
    <message>
        <source>The tenant&apos;s indicators</source>
        <translation>租用戶的指標</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s indicators again</source>
        <translation>重新讀取租用戶的指標</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>匯出 CSV...</translation>
    </message>
    <message>
        <source>Export the indicators shown as CSV</source>
        <translation>將顯示的指標匯出為 CSV</translation>
    </message>
    <message>
        <source>&amp;Delete Selected...</source>
        <translation>刪除所選項(&amp;D)...</translation>
    </message>
    <message>
        <source>Delete the selected indicators from the tenant</source>
        <translation>從租用戶中刪除所選指標</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Sign in to a tenant first (Sign in menu).</source>
        <translation>請先登入租用戶（「登入」選單）。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the tenant&apos;s indicators... %Ln so far</source>
        <translation>
            <numerusform>正在讀取租用戶的指標... 已讀取 %Ln 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln indicator(s) shown</source>
        <translation>
            <numerusform>顯示 %1 個指標，共 %Ln 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Indicators</source>
        <translation>刪除指標</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n indicator(s) from the tenant? This cannot be undone.</source>
        <translation>
            <numerusform>要從租用戶中刪除 %n 個指標嗎？此動作無法復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>識別碼</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>建立者</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>建立時間 (UTC)</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>我們的</translation>
    </message>
    <message>
        <source>All creators</source>
        <translation>所有建立者</translation>
    </message>
    <message>
        <source>Show the indicators made by</source>
        <translation>顯示下列建立者的指標</translation>
    </message>
    <message>
        <source>Ours: made by this app registration or the signed-in user. The indicators of others are deleted only when picked one by one.</source>
        <translation>我們的：由此應用程式註冊或已登入使用者建立。他人的指標只有在逐一選取時才會被刪除。</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>建立者</translation>
    </message>
    <message>
        <source>Made by someone else: deleted only when you pick it yourself.</source>
        <translation>由他人建立：只有在您親自選取時才會被刪除。</translation>
    </message>
    <message numerus="yes">
        <source>%n of them were made by someone else (the portal, Defender for Cloud Apps or another app).</source>
        <translation>
            <numerusform>其中 %n 個由他人建立（入口網站、Defender for Cloud Apps 或其他應用程式）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::TokenClient</name>
    <message>
        <source>the sign-in reply holds no usable bearer token.</source>
        <translation>登入回覆中沒有可用的持有者權杖。</translation>
    </message>
    <message>
        <source>The client assertion could not be signed: %1</source>
        <translation>無法對用戶端斷言進行簽名：%1</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>沒有憑證</translation>
    </message>
</context>
<context>
    <name>im::sandbox::SandboxHttpServer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中沒有 PEM 憑證。</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA or EC private key.</source>
        <translation>%1 中沒有未加密的 RSA 或 EC 私鑰。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>indicator-manager: cannot write %1</source>
        <translation>indicator-manager：無法寫入 %1</translation>
    </message>
    <message>
        <source>indicator-manager: language %1 is not available; using English</source>
        <translation>indicator-manager：語言 %1 不可用；將使用英語</translation>
    </message>
    <message>
        <source>Edit, validate and submit Microsoft Defender for Endpoint indicators.</source>
        <translation>編輯、驗證並提交適用於端點的 Microsoft Defender 指標。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once FILE is loaded and validated, then quit.</source>
        <translation>在 FILE 載入並驗證完成後將視窗儲存為 PNG，然後結束。</translation>
    </message>
    <message>
        <source>An indicator file to open.</source>
        <translation>要開啟的指標檔案。</translation>
    </message>
    <message>
        <source>Sign in to the indicator-sandbox at this URL.</source>
        <translation>登入到此 URL 上的 indicator-sandbox。</translation>
    </message>
    <message>
        <source>indicator-sandbox: cannot listen on 127.0.0.1:%1
</source>
        <translation>indicator-sandbox：無法在 127.0.0.1:%1 上監聽
</translation>
    </message>
    <message>
        <source>Sign in as this saved profile (its secret comes from the system keychain).</source>
        <translation>以此已儲存的設定檔登入（其密碼來自系統認證存放區）。</translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN, zh_TW).</source>
        <translation>使用者介面語言（en、zh_CN、zh_TW）。</translation>
    </message>
</context>
</TS>
