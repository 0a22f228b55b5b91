<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AfterRun</name>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>IP addresses, domains and URLs</source>
        <translation>IP 地址、域和 URL</translation>
    </message>
    <message>
        <source>Usually within 15 minutes (30 on average), at most 2 hours.</source>
        <translation>通常在 15 分钟内（平均 30 分钟），最长 2 小时。</translation>
    </message>
    <message>
        <source>File hash computation on, &quot;Allow or block file&quot; on in the advanced features, cloud protection and antivirus in active mode. File indicators act on executable (PE) files only.</source>
        <translation>开启文件哈希计算，在高级功能中开启“允许或阻止文件”，开启云保护，防病毒处于主动模式。文件指示器仅作用于可执行 (PE) 文件。</translation>
    </message>
    <message>
        <source>Up to 3 hours.</source>
        <translation>最长 3 小时。</translation>
    </message>
    <message>
        <source>Cloud protection and antivirus in active mode. Only leaf certificates that chain to a trusted root act; certificates Microsoft signed cannot be blocked.</source>
        <translation>开启云保护，防病毒处于主动模式。只有链接到受信任根的叶证书才起作用；Microsoft 签名的证书无法阻止。</translation>
    </message>
    <message>
        <source>Usually within 2 hours, at most 48 hours.</source>
        <translation>通常在 2 小时内，最长 48 小时。</translation>
    </message>
    <message>
        <source>Network protection in block mode and &quot;Custom network indicators&quot; on. Outside Microsoft Edge, domains are blocked only with QUIC and Encrypted Client Hello off.</source>
        <translation>网络保护处于阻止模式，并开启“自定义网络指示器”。在 Microsoft Edge 之外，只有关闭 QUIC 和 Encrypted Client Hello 后才会阻止域。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Cannot connect to %1. Check the address, the network and any proxy.</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>无法连接到 %1。请检查地址、网络和代理设置。</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 在 %n 秒内没有响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole reply arrived.</source>
        <translation>与 %1 的连接在完整回复到达之前关闭。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. If your network inspects TLS traffic, give its CA certificate with --ca-file.</source>
        <translation>%1 的证书不受信任。如果你的网络会检查 TLS 流量，请用 --ca-file 提供其 CA 证书。</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not valid yet.</source>
        <translation>%1 的证书已过期或尚未生效。</translation>
    </message>
    <message>
        <source>The certificate presented by %1 was issued for a different name.</source>
        <translation>%1 出示的证书是为其他名称颁发的。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>Sign-in was refused (HTTP %1).</source>
        <translation>登录被拒绝（HTTP %1）。</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <extracomment>%1 is Entra ID&apos;s own explanation, in English</extracomment>
        <translation>登录被拒绝：%1</translation>
    </message>
    <message>
        <source>The service did not accept the access token (HTTP 401), even after signing in again.</source>
        <translation>即使重新登录后，服务仍不接受访问令牌（HTTP 401）。</translation>
    </message>
    <message>
        <source>The app registration is not allowed to do this (HTTP 403). It needs the WindowsDefenderATP application permission Ti.ReadWrite.All with admin consent. Service: %1</source>
        <translation>此应用注册无权执行该操作（HTTP 403）。它需要 WindowsDefenderATP 应用程序权限 Ti.ReadWrite.All，并经管理员授予同意。服务：%1</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>无详细信息</translation>
    </message>
    <message>
        <source>%1 has no such address or item (HTTP 404). Check the API address.</source>
        <translation>%1 上没有此地址或项目（HTTP 404）。请检查 API 地址。</translation>
    </message>
    <message>
        <source>The service kept refusing calls because of its rate limit (HTTP 429).</source>
        <translation>服务因速率限制持续拒绝调用（HTTP 429）。</translation>
    </message>
    <message>
        <source>The service had an internal error (HTTP %1).</source>
        <translation>服务发生内部错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1).</source>
        <translation>服务拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The service refused the request: %1</source>
        <extracomment>%1 is the service&apos;s own message, in English</extracomment>
        <translation>服务拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The reply of %1 could not be read: %2</source>
        <translation>无法读取 %1 的回复：%2</translation>
    </message>
    <message>
        <source>%1 answered with a web page (HTTP %2) instead of data; a proxy or gateway may be in the way.</source>
        <translation>%1 返回的是网页（HTTP %2）而不是数据；可能有代理或网关拦截。</translation>
    </message>
    <message numerus="yes">
        <source>The reply of %1 was larger than %n MB and was not read.</source>
        <translation>
            <numerusform>%1 的回复超过 %n MB，未读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Your sign-in has ended; sign in again with your account. (%1)</source>
        <extracomment>%1 is Entra ID&apos;s own explanation, in English</extracomment>
        <translation>您的登录已结束；请使用您的帐户重新登录。(%1)</translation>
    </message>
    <message>
        <source>Your sign-in has ended; sign in again with your account.</source>
        <translation>您的登录已结束；请使用您的帐户重新登录。</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser or on the other device.</source>
        <translation>登录在浏览器中或在另一台设备上被拒绝。</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was completed. Start again to get a new code.</source>
        <translation>代码在登录完成前已过期。请重新开始以获取新代码。</translation>
    </message>
    <message>
        <source>%1 tried to send the call to another address (HTTP %2). Redirects are not followed, so nothing was sent there; check the address.</source>
        <translation>%1 试图将调用转到另一个地址（HTTP %2）。不会跟随重定向，因此没有向该地址发送任何内容；请检查地址。</translation>
    </message>
</context>
<context>
    <name>ClientCertificate</name>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>无法读取证书文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be opened: it needs its passphrase, or it is not a PFX file.</source>
        <translation>无法打开 %1：它需要密码，或者它不是 PFX 文件。</translation>
    </message>
    <message>
        <source>%1 could not be opened: the passphrase is wrong, or it is not a PFX file.</source>
        <translation>无法打开 %1：密码错误，或者它不是 PFX 文件。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>%1 holds no private key. Put the certificate and its private key in one PEM file, or use a PFX file.</source>
        <translation>%1 中没有私钥。请将证书及其私钥放在同一个 PEM 文件中，或使用 PFX 文件。</translation>
    </message>
    <message>
        <source>The private key in %1 is encrypted: give its passphrase.</source>
        <translation>%1 中的私钥已加密：请提供其密码。</translation>
    </message>
    <message>
        <source>The passphrase of the private key in %1 is wrong.</source>
        <translation>%1 中私钥的密码错误。</translation>
    </message>
    <message>
        <source>The private key in %1 is not an RSA key Indicator Manager can use.</source>
        <translation>%1 中的私钥不是指示器管理器可以使用的 RSA 密钥。</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key is not an RSA key; Entra ID client assertions need RSA.</source>
        <translation>证书的私钥不是 RSA 密钥；Entra ID 客户端断言需要 RSA。</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>私钥与证书不匹配。</translation>
    </message>
    <message>
        <source>The certificate expired on %1; upload a new one to the app registration.</source>
        <translation>证书已于 %1 过期；请将新证书上传到应用注册。</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>证书在 %1 之前无效。</translation>
    </message>
</context>
<context>
    <name>CloudEndpoints</name>
    <message>
        <source>Commercial</source>
        <translation>商业版</translation>
    </message>
    <message>
        <source>US Government (GCC)</source>
        <translation>美国政府 (GCC)</translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation>美国政府 (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>美国政府 (DoD)</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>自定义地址</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>输出一个 JSON 对象，而不是文本。</translation>
    </message>
    <message>
        <source>Read the file in this encoding: UTF-8, UTF-16LE, UTF-16BE, GB18030 or Windows-1252 (default: detect).</source>
        <translation>按此编码读取文件：UTF-8、UTF-16LE、UTF-16BE、GB18030 或 Windows-1252（默认：自动检测）。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>未知编码“%1”。</translation>
    </message>
    <message>
        <source>indicator-manager-cli: %1</source>
        <translation>indicator-manager-cli：%1</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>The file to check.</source>
        <translation>要检查的文件。</translation>
    </message>
    <message>
        <source>validate takes one FILE.</source>
        <translation>validate 需要一个 FILE 参数。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3 [%4] %5</source>
        <translation>第 %1 行，%2：%3 [%4] %5</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more issue(s); use --json to see them all.</source>
        <translation>
            <numerusform>……另有 %n 个问题；使用 --json 可查看全部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n 行有效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n 行无效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n 个重复</numerusform>
        </translation>
    </message>
    <message>
        <source>The file to plan.</source>
        <translation>要规划的文件。</translation>
    </message>
    <message>
        <source>plan takes one FILE.</source>
        <translation>plan 需要一个 FILE 参数。</translation>
    </message>
    <message>
        <source>--active takes a whole number of at least 0.</source>
        <translation>--active 需要一个不小于 0 的整数。</translation>
    </message>
    <message numerus="yes">
        <source>Will be sent: %n row(s)</source>
        <translation>
            <numerusform>将发送：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Import calls: %1 (batch sizes: %2)</source>
        <translation>导入调用：%1 次（批大小：%2）</translation>
    </message>
    <message numerus="yes">
        <source>Minimum time at 30 calls a minute: %n second(s)</source>
        <translation>
            <numerusform>按每分钟 30 次调用的最短时间：%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Active indicators: %1 now, %2 after, of %3</source>
        <translation>活动指示器：当前 %1，导入后 %2，上限 %3</translation>
    </message>
    <message numerus="yes">
        <source>The import would pass the tenant&apos;s limit by %n indicator(s).</source>
        <translation>
            <numerusform>此次导入将超出租户限制 %n 个指示器。</numerusform>
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
            <numerusform>%n 行</numerusform>
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
选项：
  --lang CODE   消息语言（en、zh_CN、zh_TW）；默认使用系统语言。
  --help        显示此帮助。
  --version     显示版本。
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
      按 Defender 的规则检查每一行。
      退出代码 0：所有行均有效；1：部分行无效；2：无法读取文件。
      --json 输出 {rows, valid, invalid, warnings, duplicates, issues: [{row, column, code,
      severity, message}]}。
  plan FILE [--active N | --profile NAME | CONNECTION] [--send-unchanged] [--json] [--encoding NAME]
      将有效行拆分为每次最多 500 个的导入调用，显示调用次数、按每分钟 30 次调用
      所需的最短时间，以及导入前后租户 15,000 个活动指示器配额的使用情况
      （N：当前活动指示器数，默认 0）。提供连接时，会读取租户的指示器并按匹配键
      进行比较：新增、更新和未更改的行（除非指定 --send-unchanged，否则不发送未更改的行）。
      退出代码 0；无法读取文件时为 2；3 或 4 见下文。
</translation>
    </message>
    <message>
        <source>Active indicators in the tenant now (without a connection).</source>
        <translation>租户中当前的活动指示器数（无连接时使用）。</translation>
    </message>
    <message>
        <source>Also send rows that would change nothing in the tenant (skipped by default).</source>
        <translation>同时发送不会更改租户中任何内容的行（默认跳过）。</translation>
    </message>
    <message>
        <source>--active is for planning offline; with a connection the tenant&apos;s own figures are used.</source>
        <translation>--active 用于离线规划；提供连接时将使用租户自身的数据。</translation>
    </message>
    <message>
        <source>New: %1, updates: %2, unchanged: %3</source>
        <translation>新增：%1，更新：%2，未更改：%3</translation>
    </message>
    <message>
        <source>Left out: %1 invalid, %2 duplicate, %3 unchanged</source>
        <translation>不发送：%1 行无效，%2 行重复，%3 行未更改</translation>
    </message>
    <message>
        <source>The format to write: portal-csv (default), full-csv or import-json.</source>
        <translation>要写入的格式：portal-csv（默认）、full-csv 或 import-json。</translation>
    </message>
    <message>
        <source>Write here instead of to standard output.</source>
        <translation>写入此处，而不是标准输出。</translation>
    </message>
    <message>
        <source>The file to convert.</source>
        <translation>要转换的文件。</translation>
    </message>
    <message>
        <source>convert takes one FILE.</source>
        <translation>convert 需要一个 FILE 参数。</translation>
    </message>
    <message>
        <source>--to takes portal-csv, full-csv or import-json, not &quot;%1&quot;.</source>
        <translation>--to 需要 portal-csv、full-csv 或 import-json，而不是“%1”。</translation>
    </message>
    <message>
        <source>The rows could not be written to standard output.</source>
        <translation>无法将行写入标准输出。</translation>
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
      读取应用能读取的任何文件（CSV、JSON、MISP、STIX、报告、IOC 列表），并将其行写为
      门户的 CSV 模板（默认）、完整 CSV 或导入 JSON 正文，写入 OUT 或标准输出。
      --context：从报告、MISP 或 STIX 读取的每个导入 JSON 行还带有其来源文本，
      作为 &quot;context&quot;。退出代码与 validate 相同。
  validate、plan、import 和 convert 还接受 --defaults PRESET|FILE.json 和 --set FIELD=VALUE
      （可重复）：用于填写文件留空的单元格；文件自己的值保持不变。
</translation>
    </message>
    <message>
        <source>With import-json: add the text each row was read from (a report&apos;s line, a MISP or STIX object) as &quot;context&quot;.</source>
        <translation>用于 import-json：将每行的来源文本（报告中的一行、MISP 或 STIX 对象）添加为 &quot;context&quot;。</translation>
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
        <translation>commercial、gcc、gcc-high 或 dod（默认：commercial）。</translation>
    </message>
    <message>
        <source>The API address, e.g. https://api.security.microsoft.com.</source>
        <translation>API 地址，例如 https://api.security.microsoft.com。</translation>
    </message>
    <message>
        <source>The sign-in address, e.g. https://login.microsoftonline.com.</source>
        <translation>登录地址，例如 https://login.microsoftonline.com。</translation>
    </message>
    <message>
        <source>The tenant ID.</source>
        <translation>租户 ID。</translation>
    </message>
    <message>
        <source>The app registration&apos;s application (client) ID.</source>
        <translation>应用注册的应用程序(客户端) ID。</translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation>从标准输入读取客户端密码。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>同时信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>Cannot read the client secret from standard input.</source>
        <translation>无法从标准输入读取客户端密码。</translation>
    </message>
    <message>
        <source>Client secret: </source>
        <translation>客户端密码：</translation>
    </message>
    <message>
        <source>--client-secret-stdin was given, but standard input held no secret.</source>
        <translation>已指定 --client-secret-stdin，但标准输入中没有密码。</translation>
    </message>
    <message>
        <source>No connection given: use --tenant ID --client-id ID --client-secret-stdin (or --profile NAME).</source>
        <translation>未给出连接：请使用 --tenant ID --client-id ID --client-secret-stdin（或 --profile NAME）。</translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;; use commercial, gcc, gcc-high or dod.</source>
        <translation>未知的云“%1”；请使用 commercial、gcc、gcc-high 或 dod。</translation>
    </message>
    <message>
        <source>The client secret is read from standard input only: add --client-secret-stdin.</source>
        <translation>客户端密码只能从标准输入读取：请添加 --client-secret-stdin。</translation>
    </message>
    <message>
        <source>A saved connection (see login and profiles).</source>
        <translation>已保存的连接（参见 login 和 profiles）。</translation>
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
        <translation>连接（所有与租户通信的命令）：
  --profile NAME          已保存的连接（用 login 创建）；其密码来自系统
                          凭据存储。也可以直接给出连接：
  --tenant ID --client-id ID --client-secret-stdin
                          应用注册；密码从标准输入读取（一行），
                          绝不从命令行读取
  --cloud NAME            commercial（默认）、gcc、gcc-high 或 dod：选择 API 和登录
                          地址以及令牌范围
  --api-url URL --login-url URL
                          其他地址（区域主机、代理、本地沙盒）；明文
                          http:// 仅限本机
  --ca-file FILE          同时信任这些 CA 证书（TLS 检查）；验证保持开启
</translation>
    </message>
    <message>
        <source>Give either --profile or the connection inline, not both.</source>
        <translation>请给出 --profile 或直接给出连接，不要同时给出。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. &quot;indicator-manager-cli profiles&quot; lists the saved ones; &quot;indicator-manager-cli login --profile %1 ...&quot; creates it.</source>
        <translation>没有名为“%1”的配置文件。“indicator-manager-cli profiles”列出已保存的配置文件；“indicator-manager-cli login --profile %1 ...”可创建它。</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The %1 address &quot;%2&quot; is not a valid URL.</source>
        <translation>%1 地址“%2”不是有效的 URL。</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer; use https:// for %1.</source>
        <translation>明文 http:// 仅允许用于本机；%1 请使用 https://。</translation>
    </message>
    <message>
        <source>The %1 address must start with https://.</source>
        <translation>%1 地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The tenant ID is missing.</source>
        <translation>缺少租户 ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant ID or domain.</source>
        <translation>“%1”不是租户 ID 或域。</translation>
    </message>
    <message>
        <source>The application (client) ID is missing.</source>
        <translation>缺少应用程序(客户端) ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an application (client) ID.</source>
        <translation>“%1”不是应用程序(客户端) ID。</translation>
    </message>
    <message>
        <source>The token scope is missing.</source>
        <translation>缺少令牌范围。</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
</context>
<context>
    <name>CsvPreview</name>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation>无法打开文件“%1”：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
</context>
<context>
    <name>CsvRecordReader</name>
    <message>
        <source>Line %1 is longer than %2 MiB; the file is not a table this tool can read.</source>
        <translation>第 %1 行超过 %2 MiB；此文件不是本工具可以读取的表格。</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns; the file is not a table this tool can read.</source>
        <translation>第 %1 行超过 %2 列；此文件不是本工具可以读取的表格。</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>No column holds indicator values. Name a column IndicatorValue (or value, ioc, sha256, ip, domain, url), or choose the columns in the mapping dialog.</source>
        <translation>没有任何列包含指示器值。请将一列命名为 IndicatorValue（或 value、ioc、sha256、ip、domain、url），或在列映射对话框中选择各列。</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than this tool opens at once.</source>
        <translation>文件超过 %L1 行，超出本工具一次可打开的行数。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; matches no indicator field and was not imported. Map it in the column mapping if it holds indicator data.</source>
        <translation>列“%1”与任何指示器字段都不匹配，未导入。如果它包含指示器数据，请在列映射中指定。</translation>
    </message>
</context>
<context>
    <name>DecodedStream</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>DefaultsOptions</name>
    <message>
        <source>Fill the cells the file leaves empty from this saved preset or JSON file.</source>
        <translation>用此已保存的预设或 JSON 文件填写文件留空的单元格。</translation>
    </message>
    <message>
        <source>Fill this field where the file leaves it empty, e.g. action=Block, expiration=90d, title=&quot;{source}: {type}&quot;. May be repeated.</source>
        <translation>在文件留空处填写此字段，例如 action=Block、expiration=90d、title=&quot;{source}: {type}&quot;。可重复指定。</translation>
    </message>
    <message>
        <source>There is no defaults preset or file &quot;%1&quot;.</source>
        <translation>没有名为“%1”的默认值预设或文件。</translation>
    </message>
    <message>
        <source>In an Excel workbook, read this sheet (its name, or its number from 1) instead of the first.</source>
        <translation>对于 Excel 工作簿，读取此工作表（按名称，或按从 1 开始的编号），而不是第一个工作表。</translation>
    </message>
    <message>
        <source>--sheet takes a sheet&apos;s name or number.</source>
        <translation>--sheet 需要工作表的名称或编号。</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Allowed</source>
        <comment>action value</comment>
        <translation>允许</translation>
    </message>
    <message>
        <source>Audit</source>
        <comment>action value</comment>
        <translation>审核</translation>
    </message>
    <message>
        <source>Warn</source>
        <comment>action value</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Block</source>
        <comment>action value</comment>
        <translation>阻止</translation>
    </message>
    <message>
        <source>BlockAndRemediate</source>
        <comment>action value</comment>
        <translation>阻止和修正</translation>
    </message>
    <message>
        <source>Informational</source>
        <comment>severity value</comment>
        <translation>信息</translation>
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
        <translation>租户的活动指示器数已达上限（15,000 个）。</translation>
    </message>
    <message>
        <source>Delete indicators the tenant no longer needs (Tenant indicators view) or let some expire, then resubmit.</source>
        <translation>请删除租户不再需要的指示器（在“租户指示器”视图中），或等待部分指示器过期，然后重新提交。</translation>
    </message>
    <message>
        <source>The indicator value is empty.</source>
        <translation>指示器值为空。</translation>
    </message>
    <message>
        <source>Enter the value, or delete the row.</source>
        <translation>请输入值，或删除该行。</translation>
    </message>
    <message>
        <source>Private, loopback and other internal addresses cannot be indicators.</source>
        <translation>专用地址、环回地址和其他内部地址不能用作指示器。</translation>
    </message>
    <message>
        <source>Use the public address, or delete the row.</source>
        <translation>请使用公共地址，或删除该行。</translation>
    </message>
    <message>
        <source>An IP indicator holds a single address, not a range.</source>
        <translation>IP 指示器只能包含单个地址，不能是地址范围。</translation>
    </message>
    <message>
        <source>Enter each address of the range as its own row.</source>
        <translation>请将范围内的每个地址分别作为一行输入。</translation>
    </message>
    <message>
        <source>This action cannot be used with this indicator type.</source>
        <translation>此操作不能用于此指示器类型。</translation>
    </message>
    <message>
        <source>Choose one of the actions the type allows (the Action column offers only those).</source>
        <translation>请选择该类型允许的操作之一（“操作”列仅提供这些操作）。</translation>
    </message>
    <message>
        <source>An Audit indicator must raise an alert.</source>
        <translation>“审核”指示器必须生成警报。</translation>
    </message>
    <message>
        <source>Tick Generate alert, or choose another action.</source>
        <translation>请勾选“生成警报”，或选择其他操作。</translation>
    </message>
    <message>
        <source>A required field is empty: %1.</source>
        <translation>必填字段为空：%1。</translation>
    </message>
    <message>
        <source>Fill in %1.</source>
        <translation>请填写 %1。</translation>
    </message>
    <message>
        <source>%1 is longer than the service accepts.</source>
        <translation>%1 超出了服务接受的长度。</translation>
    </message>
    <message>
        <source>Shorten %1 to at most %2 characters.</source>
        <translation>请将 %1 缩短到最多 %2 个字符。</translation>
    </message>
    <message>
        <source>The indicator value is not valid for its type.</source>
        <translation>指示器值对其类型无效。</translation>
    </message>
    <message>
        <source>Check the value (a hash of the right length in hexadecimal, a public IP address, a domain or a URL) or correct the indicator type.</source>
        <translation>请检查值（长度正确的十六进制哈希、公共 IP 地址、域或 URL），或更正指示器类型。</translation>
    </message>
    <message>
        <source>The service does not accept the value of %1.</source>
        <translation>服务不接受 %1 的值。</translation>
    </message>
    <message>
        <source>Choose one of the values the %1 column offers.</source>
        <translation>请选择 %1 列提供的值之一。</translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <source>Unknown fault &quot;%1&quot;; known: %2.</source>
        <translation>未知故障“%1”；已知的有：%2。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in fault &quot;%2&quot;.</source>
        <translation>故障“%2”中的设置“%1”未知。</translation>
    </message>
    <message>
        <source>Bad value &quot;%1&quot; for %2 in fault &quot;%3&quot;.</source>
        <translation>故障“%3”中 %2 的值“%1”无效。</translation>
    </message>
</context>
<context>
    <name>FileFingerprint</name>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no certificate that can be read (PEM or DER).</source>
        <translation>“%1”中没有可读取的证书（PEM 或 DER）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 certificates; only the first, %3, was taken.</source>
        <translation>“%1”包含 %2 个证书；只取了第一个：%3。</translation>
    </message>
    <message>
        <source>Certificate %1, issued by %2, from %3</source>
        <translation>证书 %1，颁发者 %2，来自 %3</translation>
    </message>
    <message>
        <source>%1 is not a leaf certificate (it is a certificate authority or self-signed). Defender acts only on leaf certificates: blocking it will not stop the files it signed.</source>
        <translation>%1 不是叶证书（它是证书颁发机构或自签名证书）。Defender 只对叶证书起作用：阻止它不会阻止由它签名的文件。</translation>
    </message>
    <message>
        <source>Hash of %1 (%L2 bytes)</source>
        <translation>%1 的哈希值（%L2 字节）</translation>
    </message>
</context>
<context>
    <name>FixPlan</name>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fixes</name>
    <message>
        <source>Change the type to %1</source>
        <translation>将类型改为 %1</translation>
    </message>
    <message>
        <source>Trim the spaces around the value</source>
        <translation>删除值前后的空格</translation>
    </message>
    <message>
        <source>Restore the value to %1</source>
        <translation>将值还原为 %1</translation>
    </message>
    <message>
        <source>Remove the invisible characters</source>
        <translation>删除不可见字符</translation>
    </message>
    <message>
        <source>Write the hash in lower case</source>
        <translation>将哈希改为小写</translation>
    </message>
    <message>
        <source>Remove the separators from the thumbprint</source>
        <translation>删除指纹中的分隔符</translation>
    </message>
    <message>
        <source>Write the address in full form: %1</source>
        <translation>将地址写为完整形式：%1</translation>
    </message>
    <message>
        <source>Remove the leading zeros: %1</source>
        <translation>删除前导零：%1</translation>
    </message>
    <message>
        <source>Remove the wildcard: %1</source>
        <translation>删除通配符：%1</translation>
    </message>
    <message>
        <source>Keep only the host name: %1</source>
        <translation>只保留主机名：%1</translation>
    </message>
    <message>
        <source>Remove the trailing dot</source>
        <translation>删除末尾的点</translation>
    </message>
    <message>
        <source>Add http:// in front</source>
        <translation>在前面加上 http://</translation>
    </message>
    <message>
        <source>Use the action %1</source>
        <translation>使用操作 %1</translation>
    </message>
    <message>
        <source>Use the current action %1</source>
        <translation>使用当前的操作 %1</translation>
    </message>
    <message>
        <source>Set Generate alert to true</source>
        <translation>将“生成警报”设为 true</translation>
    </message>
    <message>
        <source>Set Generate alert to false</source>
        <translation>将“生成警报”设为 false</translation>
    </message>
    <message>
        <source>Use the severity %1</source>
        <translation>使用严重性 %1</translation>
    </message>
    <message>
        <source>Use %1 (UTC)</source>
        <translation>使用 %1（UTC）</translation>
    </message>
    <message>
        <source>Remove the empty group names</source>
        <translation>删除空的组名</translation>
    </message>
    <message>
        <source>Use the category %1</source>
        <translation>使用类别 %1</translation>
    </message>
    <message>
        <source>Write the techniques as %1</source>
        <translation>将技术写为 %1</translation>
    </message>
    <message>
        <source>I have checked this row</source>
        <translation>我已检查此行</translation>
    </message>
    <message>
        <source>Start it with an apostrophe</source>
        <translation>在开头加上撇号</translation>
    </message>
    <message>
        <source>Change the type to Url and add http:// in front</source>
        <translation>将类型改为 Url 并在前面加上 http://</translation>
    </message>
    <message>
        <source>Use the severity Informational</source>
        <translation>使用严重性 Informational</translation>
    </message>
</context>
<context>
    <name>FreeTextReader</name>
    <message>
        <source>Line %1 is longer than %2 MiB; the text cannot be read.</source>
        <translation>第 %1 行超过 %2 MiB；无法读取该文本。</translation>
    </message>
    <message>
        <source>The text holds more than %L1 indicators, more than this tool opens at once.</source>
        <translation>文本包含超过 %L1 个指示器，超出本工具一次可打开的数量。</translation>
    </message>
    <message numerus="yes">
        <source>No indicator was found in the text (%n line(s) read).</source>
        <translation>
            <numerusform>在文本中未找到任何指示器（已读取 %n 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators found in the text, by type: %1.</source>
        <translation>在文本中找到的指示器（按类型）：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated mention(s) of an indicator already found were taken once.</source>
        <translation>
            <numerusform>%n 处重复提及已找到的指示器，只取一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) stand next to words such as victim, sinkhole, legitimate or example; they carry a warning until checked.</source>
        <translation>
            <numerusform>%n 个指示器位于“受害者”“沉洞”“合法”或“示例”等词旁边；在检查之前它们带有警告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) or address(es) were taken from the hosts of URLs the report names; they carry a warning until checked, since such a row blocks everything on the host.</source>
        <translation>
            <numerusform>从报告所列 URL 的主机中提取了 %n 个域或地址；在检查之前它们带有警告，因为这样的行会阻止该主机上的所有内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDefaults</name>
    <message>
        <source>&quot;%1&quot; takes no default. Give one of: %2.</source>
        <translation>“%1”不接受默认值。请指定以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action.</source>
        <translation>“%1”不是操作。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity.</source>
        <translation>“%1”不是严重性。</translation>
    </message>
    <message>
        <source>Generate alert is true or false, not &quot;%1&quot;.</source>
        <translation>生成警报应为 true 或 false，而不是“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation>“%1”不是类别。</translation>
    </message>
    <message>
        <source>The expiration is a number of days (30d), none, or a date and time such as 2027-01-31T00:00:00Z, not &quot;%1&quot;.</source>
        <translation>过期时间应为天数（30d）、none 或日期时间（如 2027-01-31T00:00:00Z），而不是“%1”。</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not &quot;%1&quot;.</source>
        <translation>--set 需要 FIELD=VALUE，而不是“%1”。</translation>
    </message>
    <message>
        <source>The defaults file &quot;%1&quot; cannot be opened: %2</source>
        <translation>无法打开默认值文件“%1”：%2</translation>
    </message>
    <message>
        <source>The defaults file &quot;%1&quot; is not a JSON object of FIELD: VALUE.</source>
        <translation>默认值文件“%1”不是由 FIELD: VALUE 组成的 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>%1: %2 (%3). Submitting works as usual; history is not kept until the file is repaired or removed.</source>
        <extracomment>%1 says what failed, %2 is the database&apos;s own message, %3 the file</extracomment>
        <translation>%1：%2（%3）。提交功能照常可用；在修复或删除该文件之前，不会保留历史记录。</translation>
    </message>
    <message>
        <source>The import history is not available</source>
        <translation>导入历史记录不可用</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动程序</translation>
    </message>
    <message>
        <source>The import history cannot be opened</source>
        <translation>无法打开导入历史记录</translation>
    </message>
    <message>
        <source>The import history is damaged</source>
        <translation>导入历史记录已损坏</translation>
    </message>
    <message>
        <source>The import history cannot be written</source>
        <translation>无法写入导入历史记录</translation>
    </message>
    <message>
        <source>The submission was not added to the history</source>
        <translation>此次提交未添加到历史记录中</translation>
    </message>
    <message>
        <source>The import history cannot be read</source>
        <translation>无法读取导入历史记录</translation>
    </message>
    <message>
        <source>The report cannot be read</source>
        <translation>无法读取报告</translation>
    </message>
    <message>
        <source>The history was not cleared</source>
        <translation>历史记录未清除</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>Cannot create the folder %1 for the import journal.</source>
        <translation>无法为导入日志创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the import journal %1: %2</source>
        <translation>无法打开导入日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the import journal %1: %2</source>
        <translation>无法写入导入日志 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportResultMatcher</name>
    <message>
        <source>the reply has no &quot;value&quot; list of results.</source>
        <translation>回复中没有“value”结果列表。</translation>
    </message>
    <message>
        <source>&quot;value&quot; in the reply is not a list.</source>
        <translation>回复中的“value”不是列表。</translation>
    </message>
    <message>
        <source>the service&apos;s result for this row has no true/false &quot;isFailed&quot;.</source>
        <translation>服务对此行的结果中没有 true/false 形式的“isFailed”。</translation>
    </message>
    <message>
        <source>the service&apos;s failure reason for this row is not text.</source>
        <translation>服务对此行给出的失败原因不是文本。</translation>
    </message>
    <message>
        <source>The service marked the row as failed without giving a reason.</source>
        <translation>服务将此行标记为失败，但未给出原因。</translation>
    </message>
    <message>
        <source>the service reported success for this row without a usable indicator id.</source>
        <translation>服务报告此行成功，但没有可用的指示器 ID。</translation>
    </message>
</context>
<context>
    <name>IssueMessages</name>
    <message>
        <source>Indicator value</source>
        <translation>指示器值</translation>
    </message>
    <message>
        <source>Indicator type</source>
        <translation>指示器类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>建议的操作</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Expiration time</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Device groups</source>
        <translation>设备组</translation>
    </message>
    <message>
        <source>Generate alert</source>
        <translation>生成警报</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>MITRE techniques</source>
        <translation>MITRE 技术</translation>
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
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Indicator value is missing</source>
        <translation>缺少指示器值</translation>
    </message>
    <message>
        <source>Spaces around the value</source>
        <translation>值前后有空格</translation>
    </message>
    <message>
        <source>Defanged value</source>
        <translation>已去活化的值</translation>
    </message>
    <message>
        <source>Value is too long</source>
        <translation>值过长</translation>
    </message>
    <message>
        <source>Invisible characters in the value</source>
        <translation>值中有不可见字符</translation>
    </message>
    <message>
        <source>Value does not match its type</source>
        <translation>值与其类型不符</translation>
    </message>
    <message>
        <source>Hash has the wrong length</source>
        <translation>哈希长度错误</translation>
    </message>
    <message>
        <source>Hash is not hexadecimal</source>
        <translation>哈希不是十六进制</translation>
    </message>
    <message>
        <source>Upper-case hash</source>
        <translation>大写哈希</translation>
    </message>
    <message>
        <source>Invalid certificate thumbprint</source>
        <translation>证书指纹无效</translation>
    </message>
    <message>
        <source>Invalid IP address</source>
        <translation>IP 地址无效</translation>
    </message>
    <message>
        <source>CIDR block instead of an address</source>
        <translation>使用了 CIDR 地址块而不是单个地址</translation>
    </message>
    <message>
        <source>IP range or wildcard</source>
        <translation>IP 范围或通配符</translation>
    </message>
    <message>
        <source>IP address is not public</source>
        <translation>IP 地址不是公网地址</translation>
    </message>
    <message>
        <source>IPv6 address is not in full form</source>
        <translation>IPv6 地址不是完整形式</translation>
    </message>
    <message>
        <source>Leading zeros in an IPv4 address</source>
        <translation>IPv4 地址中有前导零</translation>
    </message>
    <message>
        <source>Invalid domain name</source>
        <translation>域名无效</translation>
    </message>
    <message>
        <source>Wildcard in a domain</source>
        <translation>域中有通配符</translation>
    </message>
    <message>
        <source>URL given as a domain</source>
        <translation>将 URL 作为域提供</translation>
    </message>
    <message>
        <source>Domain ends with a dot</source>
        <translation>域以点结尾</translation>
    </message>
    <message>
        <source>Invalid URL</source>
        <translation>URL 无效</translation>
    </message>
    <message>
        <source>URL without http:// or https://</source>
        <translation>URL 缺少 http:// 或 https://</translation>
    </message>
    <message>
        <source>Unsupported URL scheme</source>
        <translation>不支持的 URL 协议</translation>
    </message>
    <message>
        <source>Invalid host in a URL</source>
        <translation>URL 中的主机无效</translation>
    </message>
    <message>
        <source>Wildcard in a URL</source>
        <translation>URL 中有通配符</translation>
    </message>
    <message>
        <source>User name or password in a URL</source>
        <translation>URL 中有用户名或密码</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>重复行</translation>
    </message>
    <message>
        <source>Conflicting actions for one indicator</source>
        <translation>同一指示器的操作相互冲突</translation>
    </message>
    <message>
        <source>Indicator type is missing</source>
        <translation>缺少指示器类型</translation>
    </message>
    <message>
        <source>Unknown indicator type</source>
        <translation>未知的指示器类型</translation>
    </message>
    <message>
        <source>Action is missing</source>
        <translation>缺少操作</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>未知的操作</translation>
    </message>
    <message>
        <source>Legacy action name</source>
        <translation>旧版操作名称</translation>
    </message>
    <message>
        <source>Action not available for this type</source>
        <translation>此类型不支持该操作</translation>
    </message>
    <message>
        <source>Generate alert is not true or false</source>
        <translation>“生成警报”不是 true 或 false</translation>
    </message>
    <message>
        <source>Audit without Generate alert</source>
        <translation>“审核”操作未启用“生成警报”</translation>
    </message>
    <message>
        <source>Unknown severity</source>
        <translation>未知的严重性</translation>
    </message>
    <message>
        <source>Title is missing</source>
        <translation>缺少标题</translation>
    </message>
    <message>
        <source>Title is too long</source>
        <translation>标题过长</translation>
    </message>
    <message>
        <source>Invisible characters in the title</source>
        <translation>标题中有不可见字符</translation>
    </message>
    <message>
        <source>Description is missing</source>
        <translation>缺少说明</translation>
    </message>
    <message>
        <source>Description is too long</source>
        <translation>说明过长</translation>
    </message>
    <message>
        <source>Invisible characters in the description</source>
        <translation>说明中有不可见字符</translation>
    </message>
    <message>
        <source>Recommended actions are too long</source>
        <translation>建议的操作过长</translation>
    </message>
    <message>
        <source>Invisible characters in the recommended actions</source>
        <translation>建议的操作中有不可见字符</translation>
    </message>
    <message>
        <source>Application is too long</source>
        <translation>应用程序过长</translation>
    </message>
    <message>
        <source>Invisible characters in the application</source>
        <translation>应用程序中有不可见字符</translation>
    </message>
    <message>
        <source>External ID is too long</source>
        <translation>外部 ID 过长</translation>
    </message>
    <message>
        <source>Invalid expiration time</source>
        <translation>过期时间无效</translation>
    </message>
    <message>
        <source>Expiration time has passed</source>
        <translation>过期时间已过</translation>
    </message>
    <message>
        <source>Empty device group name</source>
        <translation>设备组名称为空</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>未知的类别</translation>
    </message>
    <message>
        <source>Invalid MITRE technique</source>
        <translation>MITRE 技术无效</translation>
    </message>
    <message>
        <source>MITRE techniques without a category</source>
        <translation>有 MITRE 技术但没有类别</translation>
    </message>
    <message>
        <source>Invalid educate URL</source>
        <translation>教育 URL 无效</translation>
    </message>
    <message>
        <source>Educate URL has no effect</source>
        <translation>教育 URL 不起作用</translation>
    </message>
    <message>
        <source>Extra values in the row</source>
        <translation>行中有多余的值</translation>
    </message>
    <message>
        <source>Unterminated quote</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>JSON element is not an object</source>
        <translation>JSON 元素不是对象</translation>
    </message>
    <message>
        <source>JSON value of the wrong type</source>
        <translation>JSON 值的类型错误</translation>
    </message>
    <message>
        <source>Numeric category without a name</source>
        <translation>数字类别没有名称</translation>
    </message>
    <message>
        <source>Every indicator needs a value: the hash, address, domain, URL or thumbprint to act on.</source>
        <translation>每个指示器都需要一个值：要执行操作的哈希、地址、域、URL 或指纹。</translation>
    </message>
    <message>
        <source>The value has spaces or line breaks before or after it; Defender would not match it. Apply the fix to trim them.</source>
        <translation>值前后有空格或换行符，Defender 将无法匹配。请应用修正以删除它们。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written in defanged form (hxxp, [.], [:]). Apply the fix to restore the real value.</source>
        <translation>“%1”是去活化形式（hxxp、[.]、[:]）。请应用修正以还原真实值。</translation>
    </message>
    <message>
        <source>The value has %1 characters; at most %2 are accepted.</source>
        <translation>值有 %1 个字符；最多接受 %2 个。</translation>
    </message>
    <message>
        <source>The value contains control or invisible characters that cannot be part of an indicator.</source>
        <translation>值中含有控制字符或不可见字符，它们不能出现在指示器中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>“%1”不是有效的 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a %2, not a %3. Apply the fix to change the type.</source>
        <translation>“%1”看起来是 %2，而不是 %3。请应用修正以更改类型。</translation>
    </message>
    <message>
        <source>A %1 hash has %2 hexadecimal digits; this one has %3.</source>
        <translation>%1 哈希应有 %2 位十六进制数字；此值有 %3 位。</translation>
    </message>
    <message>
        <source>A %1 hash may contain only the digits 0-9 and the letters a-f.</source>
        <translation>%1 哈希只能包含数字 0-9 和字母 a-f。</translation>
    </message>
    <message>
        <source>The hash has upper-case letters. Defender stores hashes in lower case; apply the fix so that duplicates are recognised.</source>
        <translation>哈希中有大写字母。Defender 以小写形式存储哈希；请应用修正，以便识别重复项。</translation>
    </message>
    <message>
        <source>A certificate thumbprint is the certificate&apos;s SHA-1 hash: 40 hexadecimal digits, without spaces or colons.</source>
        <translation>证书指纹是证书的 SHA-1 哈希：40 位十六进制数字，不含空格或冒号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (like 203.0.113.7) or a full IPv6 address.</source>
        <translation>“%1”不是 IPv4 地址（如 203.0.113.7），也不是完整的 IPv6 地址。</translation>
    </message>
    <message>
        <source>Defender does not accept CIDR blocks such as &quot;%1&quot;. Add each address as its own indicator.</source>
        <translation>Defender 不接受“%1”这样的 CIDR 地址块。请将每个地址分别添加为指示器。</translation>
    </message>
    <message>
        <source>Defender does not accept IP ranges or wildcards such as &quot;%1&quot;. Add each address as its own indicator.</source>
        <translation>Defender 不接受“%1”这样的 IP 范围或通配符。请将每个地址分别添加为指示器。</translation>
    </message>
    <message>
        <source>%1 is in the %2 range. Only public (external) addresses can be indicators.</source>
        <translation>%1 属于 %2 范围。只有公网（外部）地址才能作为指示器。</translation>
    </message>
    <message>
        <source>Defender expects IPv6 addresses with all eight groups. Apply the fix to write it as %1.</source>
        <translation>Defender 要求 IPv6 地址写出全部八组。请应用修正，将其写为 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a part with a leading zero, which some systems read as octal. Write each part without leading zeros.</source>
        <translation>“%1”中有带前导零的部分，某些系统会将其视为八进制。请去掉每部分的前导零。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name: use letters, digits and hyphens, labels of at most 63 characters separated by dots, and a top-level domain.</source>
        <translation>“%1”不是有效的域名：请使用字母、数字和连字符，各标签最多 63 个字符并以点分隔，且需有顶级域。</translation>
    </message>
    <message>
        <source>Wildcards are not supported. A domain indicator already covers all of its subdomains, so apply the fix to remove &quot;*.&quot;.</source>
        <translation>不支持通配符。域指示器已涵盖其所有子域，请应用修正以删除“*.”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a URL, not a domain. Change the type to Url or keep only the host name.</source>
        <translation>“%1”是 URL，不是域。请将类型改为 Url，或只保留主机名。</translation>
    </message>
    <message>
        <source>The domain ends with a dot. Apply the fix to remove it.</source>
        <translation>域以点结尾。请应用修正以删除它。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>The URL has no scheme. Write it with http:// or https://, or change the type to DomainName.</source>
        <translation>URL 缺少协议。请加上 http:// 或 https://，或将类型改为 DomainName。</translation>
    </message>
    <message>
        <source>Only http:// and https:// URLs can be indicators.</source>
        <translation>只有 http:// 和 https:// URL 才能作为指示器。</translation>
    </message>
    <message>
        <source>The host part of &quot;%1&quot; is not a valid domain name or IP address.</source>
        <translation>“%1”的主机部分不是有效的域名或 IP 地址。</translation>
    </message>
    <message>
        <source>Wildcards are not supported in URLs. A URL indicator already covers everything below its path.</source>
        <translation>URL 中不支持通配符。URL 指示器已涵盖其路径下的所有内容。</translation>
    </message>
    <message>
        <source>The URL contains a user name or password. Check that sharing it with Defender is intended.</source>
        <translation>URL 中含有用户名或密码。请确认确实要将其提供给 Defender。</translation>
    </message>
    <message>
        <source>Same indicator as row %1 (type, value, action and device groups). Only the first is sent.</source>
        <translation>与第 %1 行是同一指示器（类型、值、操作和设备组均相同）。只发送第一个。</translation>
    </message>
    <message>
        <source>Same indicator as an earlier row (type, value, action and device groups). Only the first is sent.</source>
        <translation>与前面某一行是同一指示器（类型、值、操作和设备组均相同）。只发送第一个。</translation>
    </message>
    <message>
        <source>Row %1 has the same indicator with a different action. Keep one action per indicator and device groups.</source>
        <translation>第 %1 行是同一指示器但操作不同。同一指示器和设备组只能保留一个操作。</translation>
    </message>
    <message>
        <source>Another row has the same indicator with a different action. Keep one action per indicator and device groups.</source>
        <translation>另一行是同一指示器但操作不同。同一指示器和设备组只能保留一个操作。</translation>
    </message>
    <message>
        <source>Choose the indicator type: FileSha1, FileSha256, FileMd5, CertificateThumbprint, IpAddress, DomainName or Url.</source>
        <translation>请选择指示器类型：FileSha1、FileSha256、FileMd5、CertificateThumbprint、IpAddress、DomainName 或 Url。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator type. Use FileSha1, FileSha256, FileMd5, CertificateThumbprint, IpAddress, DomainName or Url.</source>
        <translation>“%1”不是指示器类型。请使用 FileSha1、FileSha256、FileMd5、CertificateThumbprint、IpAddress、DomainName 或 Url。</translation>
    </message>
    <message>
        <source>Choose an action: Allowed, Audit, Warn, Block or BlockAndRemediate.</source>
        <translation>请选择操作：Allowed、Audit、Warn、Block 或 BlockAndRemediate。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action. Use Allowed, Audit, Warn, Block or BlockAndRemediate.</source>
        <translation>“%1”不是操作。请使用 Allowed、Audit、Warn、Block 或 BlockAndRemediate。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a legacy action name; Defender now calls it %2.</source>
        <translation>“%1”是旧版操作名称；Defender 现在称为 %2。</translation>
    </message>
    <message>
        <source>Certificates can only be Allowed or BlockAndRemediate.</source>
        <translation>证书只能使用 Allowed 或 BlockAndRemediate。</translation>
    </message>
    <message>
        <source>%1 is not available for %2 indicators; use Allowed, Audit, Warn or Block.</source>
        <translation>%2 指示器不支持 %1；请使用 Allowed、Audit、Warn 或 Block。</translation>
    </message>
    <message>
        <source>Generate alert must be true or false, not &quot;%1&quot;.</source>
        <translation>“生成警报”必须为 true 或 false，而不是“%1”。</translation>
    </message>
    <message>
        <source>The Audit action only records events when an alert is generated: set Generate alert to true.</source>
        <translation>“审核”操作仅在生成警报时记录事件：请将“生成警报”设为 true。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity. Use Informational, Low, Medium or High.</source>
        <translation>“%1”不是严重性。请使用 Informational、Low、Medium 或 High。</translation>
    </message>
    <message>
        <source>Every indicator needs a title; it becomes the alert title.</source>
        <translation>每个指示器都需要标题，它将作为警报标题。</translation>
    </message>
    <message>
        <source>The title has %1 characters; at most %2 are accepted.</source>
        <translation>标题有 %1 个字符；最多接受 %2 个。</translation>
    </message>
    <message>
        <source>Every indicator needs a description.</source>
        <translation>每个指示器都需要说明。</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are accepted.</source>
        <translation>说明有 %1 个字符；最多接受 %2 个。</translation>
    </message>
    <message>
        <source>The recommended actions have %1 characters; at most %2 are accepted.</source>
        <translation>建议的操作有 %1 个字符；最多接受 %2 个。</translation>
    </message>
    <message>
        <source>The application has %1 characters; at most %2 are accepted.</source>
        <translation>应用程序有 %1 个字符；最多接受 %2 个。</translation>
    </message>
    <message>
        <source>The external ID has %1 characters; at most %2 are accepted.</source>
        <translation>外部 ID 有 %1 个字符；最多接受 %2 个。</translation>
    </message>
    <message>
        <source>The text contains control characters or right-to-left override marks that can disguise what an alert says. Apply the fix to remove them.</source>
        <translation>文本中含有控制字符或从右到左覆盖标记，可能掩盖警报的真实内容。请应用修正以删除它们。</translation>
    </message>
    <message>
        <source>Expiration times are written as 2027-01-31T00:00:00Z. Apply the fix to use %1 (UTC).</source>
        <translation>过期时间应写为 2027-01-31T00:00:00Z 的形式。请应用修正以使用 %1（UTC）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time. Write it as 2027-01-31T00:00:00Z, or leave it blank for never.</source>
        <translation>“%1”不是日期和时间。请写为 2027-01-31T00:00:00Z，或留空表示永不过期。</translation>
    </message>
    <message>
        <source>The expiration time %1 has passed; Defender would delete the indicator at once.</source>
        <translation>过期时间 %1 已过；Defender 会立即删除该指示器。</translation>
    </message>
    <message>
        <source>The device group list has an empty name (two commas in a row, or a comma at the end).</source>
        <translation>设备组列表中有空名称（连续两个逗号，或末尾有逗号）。</translation>
    </message>
    <message>
        <source>Categories are written in PascalCase: apply the fix to use %1.</source>
        <translation>类别应使用 PascalCase 写法：请应用修正以使用 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category. Use one of: %2.</source>
        <translation>“%1”不是类别。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>MITRE technique ids look like T1566 or T1566.001, separated by commas.</source>
        <translation>MITRE 技术 ID 形如 T1566 或 T1566.001，以逗号分隔。</translation>
    </message>
    <message>
        <source>MITRE techniques are given without a category; the portal expects a category with them.</source>
        <translation>提供了 MITRE 技术但没有类别；门户要求同时提供类别。</translation>
    </message>
    <message>
        <source>The educate URL must be an http:// or https:// address.</source>
        <translation>教育 URL 必须是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>Defender shows the educate URL only for Url indicators with the Block or Warn action.</source>
        <translation>Defender 仅对操作为 Block 或 Warn 的 Url 指示器显示教育 URL。</translation>
    </message>
    <message>
        <source>This row had more values than the file has columns; these were not imported: %1</source>
        <translation>此行的值多于文件的列数；以下值未导入：%1</translation>
    </message>
    <message>
        <source>A quoted field in this row never ends, so the rest of the file was read into it. Check the row and the lines after it.</source>
        <translation>此行中有一个带引号的字段没有结束，因此文件的其余部分都被读入了该字段。请检查此行及其后的各行。</translation>
    </message>
    <message>
        <source>This element of the JSON array is %1, not an indicator object.</source>
        <translation>JSON 数组中的此元素是 %1，而不是指示器对象。</translation>
    </message>
    <message>
        <source>These JSON properties had a value of the wrong type and were kept as text: %1</source>
        <translation>以下 JSON 属性的值类型错误，已按文本保留：%1</translation>
    </message>
    <message>
        <source>The service returned category %1, whose name is not documented; the category was left blank.</source>
        <translation>服务返回的类别为 %1，其名称未见于文档；类别已留空。</translation>
    </message>
    <message>
        <source>Title starts like a spreadsheet formula</source>
        <translation>标题以电子表格公式的形式开头</translation>
    </message>
    <message>
        <source>Description starts like a spreadsheet formula</source>
        <translation>说明以电子表格公式的形式开头</translation>
    </message>
    <message>
        <source>Recommended actions start like a spreadsheet formula</source>
        <translation>建议的操作以电子表格公式的形式开头</translation>
    </message>
    <message>
        <source>The text starts with = + - or @, so a spreadsheet that opens an export of these alerts may run it as a formula. If that is not meant, apply the fix to start it with an apostrophe, which spreadsheets show as text.</source>
        <translation>文本以 = + - 或 @ 开头，打开这些警报导出文件的电子表格可能会将其作为公式运行。如非有意，请应用修正，在开头加上撇号，电子表格会将其显示为文本。</translation>
    </message>
    <message>
        <source>Not meant for detection</source>
        <translation>不用于检测</translation>
    </message>
    <message>
        <source>The MISP attribute (%1) is marked not for detection (to_ids false), so it is not sent. If it should block or alert all the same, apply the fix.</source>
        <translation>此 MISP 属性（%1）被标记为不用于检测（to_ids 为 false），因此不会发送。如果仍要阻止或发出警报，请应用修复。</translation>
    </message>
    <message>
        <source>Not a domain: no such top-level domain</source>
        <translation>不是域：没有这样的顶级域</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has spaces before or after it; without them it is the action %2. Apply the fix to remove them.</source>
        <extracomment>%1 is the action as written, with its spaces; %2 the action without them</extracomment>
        <translation>“%1”前后有空格；去掉空格后即为操作 %2。应用修复以删除空格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain: &quot;.%2&quot; is not a top-level domain. If it is a file name, Defender has no file-name indicator; add the file&apos;s hash (FileSha256) instead.</source>
        <extracomment>%1 is the value, %2 its last part (such as dll or exe)</extracomment>
        <translation>“%1”不是域：“.%2”不是顶级域。如果它是文件名：Defender 没有文件名指示器，请改为添加该文件的哈希 (FileSha256)。</translation>
    </message>
    <message>
        <source>The report may not call this malicious</source>
        <translation>报告可能并未称其为恶意</translation>
    </message>
    <message>
        <source>The report mentions this value next to &quot;%1&quot;: it may be a victim, a sinkhole, a legitimate service or an example rather than the attacker&apos;s. Read the description (the report&apos;s line) before blocking it; apply the fix once checked.</source>
        <extracomment>%1 is the word of the report next to the value, as written (such as victim or sinkhole)</extracomment>
        <translation>报告在“%1”旁边提到此值：它可能是受害者、沉洞、合法服务或示例，而不是攻击者的。阻止之前请阅读说明（报告中的该行）；检查后请应用修正。</translation>
    </message>
    <message>
        <source>Well-known benign value</source>
        <translation>常见的良性值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on the list of well-known values that reports mention without accusing them: documentation examples, public DNS resolvers, the services of big vendors, the hash of an empty file. Blocking it would likely block something everyone uses. If it really is malicious here, apply the fix once checked.</source>
        <extracomment>%1 is the value</extracomment>
        <translation>“%1”在常见值列表中：报告会提到这些值，但并不认为它们是恶意的，例如文档示例、公共 DNS 解析器、大型供应商的服务、空文件的哈希。阻止它很可能会阻止所有人都在使用的内容。如果它在此处确实是恶意的，请检查后应用修正。</translation>
    </message>
    <message>
        <source>Severity not used by Block</source>
        <translation>阻止不使用严重性</translation>
    </message>
    <message>
        <source>Allowed and blocked in different rows</source>
        <translation>在不同行中既允许又阻止</translation>
    </message>
    <message>
        <source>File allowed while a certificate is blocked</source>
        <translation>证书被阻止时允许文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a legacy action name: the API takes it as BlockAndRemediate with Generate alert on, and the portal&apos;s CSV import refuses it. Apply the fix to use BlockAndRemediate with Generate alert set to true.</source>
        <translation>“%1”是旧版操作名称：API 将其视为开启生成警报的 BlockAndRemediate，门户的 CSV 导入会拒绝它。应用修复以使用 BlockAndRemediate 并将生成警报设为 true。</translation>
    </message>
    <message>
        <source>Block raises a generic alert of severity Informational, not one with this row&apos;s title and severity %1. Apply the fix to write Informational; to get an alert with your own title and severity, use Audit instead.</source>
        <translation>阻止会引发严重性为“信息”的通用警报，而不是带有此行标题和严重性 %1 的警报。应用修复以写入 Informational；如需带有自己标题和严重性的警报，请改用审核 (Audit)。</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Another row</source>
        <translation>另一行</translation>
    </message>
    <message>
        <source>%1 has the same file with the opposite action (Allowed against a block) for other device groups. On a device in both, Defender applies the indicator of the device group over the one for all devices, which may not be the one you expect. Give each device group one action, or remove one of the rows.</source>
        <extracomment>%1 is &quot;Row 12&quot; or &quot;Another row&quot;</extracomment>
        <translation>%1 对其他设备组的同一文件使用相反的操作（允许与阻止）。在两者都适用的设备上，Defender 优先应用设备组的指示器而非适用于所有设备的指示器，这可能并非您所期望的。请为每个设备组只指定一个操作，或删除其中一行。</translation>
    </message>
    <message>
        <source>%1 has the same value with the opposite action (Allowed against a block) for other device groups. On a device in both, Defender lets Allowed win (Allowed before Warn before Block), so the block does not apply there. Give each device group one action, or remove one of the rows.</source>
        <extracomment>%1 is &quot;Row 12&quot; or &quot;Another row&quot;</extracomment>
        <translation>%1 对其他设备组的同一值使用相反的操作（允许与阻止）。在两者都适用的设备上，Defender 以允许为准（允许优先于警告，警告优先于阻止），因此阻止在那里不生效。请为每个设备组只指定一个操作，或删除其中一行。</translation>
    </message>
    <message>
        <source>%1 blocks a certificate and this row allows a file by its hash. If the file is signed with a blocked certificate, the certificate indicator wins and Defender does not support the combination. The table cannot tell which files a certificate signs; if this one is, remove the Allow or the certificate Block.</source>
        <extracomment>%1 is &quot;Row 12&quot; or &quot;Another row&quot;</extracomment>
        <translation>%1 阻止了一个证书，而此行按哈希允许一个文件。如果该文件由被阻止的证书签名，则证书指示器优先，且 Defender 不支持这种组合。表格无法判断证书签署了哪些文件；如果此文件是，请删除允许或证书阻止。</translation>
    </message>
    <message>
        <source>Taken from a URL&apos;s host</source>
        <translation>取自 URL 的主机</translation>
    </message>
    <message>
        <source>The report names this host only in the URL %1. Defender enforces the path of an HTTPS URL only in Microsoft Edge; in other browsers only a domain or address indicator blocks it, and it blocks everything on the host. Remove this row when the host also serves harmless content (a file host, a CDN, a shared site); apply the fix to keep it.</source>
        <extracomment>%1 is the URL the domain or address was taken from</extracomment>
        <translation>报告仅在 URL %1 中提到此主机。Defender 仅在 Microsoft Edge 中强制执行 HTTPS URL 的路径；在其他浏览器中，只有域或地址指示器才能阻止它，而它会阻止该主机上的所有内容。如果该主机也提供无害内容（文件托管、CDN、共享站点），请删除此行；如要保留，请应用修复。</translation>
    </message>
</context>
<context>
    <name>JsonTableReader</name>
    <message>
        <source>The JSON is nested more than %1 levels deep near line %2.</source>
        <translation>JSON 在第 %2 行附近的嵌套深度超过 %1 层。</translation>
    </message>
    <message>
        <source>A JSON element near line %1 is larger than %2 MiB.</source>
        <translation>第 %1 行附近的 JSON 元素超过 %2 MiB。</translation>
    </message>
    <message>
        <source>The JSON ends too early, near line %1.</source>
        <translation>JSON 在第 %1 行附近过早结束。</translation>
    </message>
    <message>
        <source>The JSON is malformed near line %1.</source>
        <translation>JSON 在第 %1 行附近格式错误。</translation>
    </message>
    <message>
        <source>The JSON is malformed near line %1: %2.</source>
        <translation>JSON 在第 %1 行附近格式错误：%2。</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than this tool opens at once.</source>
        <translation>文件超过 %L1 行，超出本工具一次可打开的行数。</translation>
    </message>
    <message>
        <source>The JSON object has no &quot;Indicators&quot; or &quot;value&quot; array and is not an indicator.</source>
        <translation>此 JSON 对象没有“Indicators”或“value”数组，也不是指示器。</translation>
    </message>
    <message>
        <source>The JSON holds a single indicator object. Put it in an array or in {&quot;Indicators&quot;: [...]} to import it.</source>
        <translation>此 JSON 只包含单个指示器对象。请将其放入数组或 {&quot;Indicators&quot;: [...]} 中再导入。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is not JSON: it must start with [ or {.</source>
        <translation>文件不是 JSON：必须以 [ 或 { 开头。</translation>
    </message>
    <message>
        <source>There is text after the end of the JSON, near line %1.</source>
        <translation>JSON 结束后在第 %1 行附近还有文本。</translation>
    </message>
    <message numerus="yes">
        <source>The property &quot;%1&quot; is not an indicator field and was not imported (%n row(s)).</source>
        <translation>
            <numerusform>属性“%1”不是指示器字段，未导入（%n 行）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MispReader</name>
    <message>
        <source>The file is not MISP JSON: it must start with [ or {.</source>
        <translation>该文件不是 MISP JSON：它必须以 [ 或 { 开头。</translation>
    </message>
    <message>
        <source>There is text after the end of the JSON, near line %1.</source>
        <translation>JSON 结束后还有文本，在第 %1 行附近。</translation>
    </message>
    <message>
        <source>The MISP JSON holds no attributes.</source>
        <translation>该 MISP JSON 不包含任何属性。</translation>
    </message>
    <message numerus="yes">
        <source>%n MISP attribute(s) of type &quot;%1&quot; were not imported: Defender has no indicator type for them.</source>
        <translation>
            <numerusform>%n 个类型为“%1”的 MISP 属性未导入：Defender 没有对应的指示器类型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) are marked not for detection (to_ids false); their rows are not sent until you check them.</source>
        <translation>
            <numerusform>%n 个属性被标记为不用于检测（to_ids 为 false）；在您检查之前，这些行不会发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has more than %L1 indicators, more than this tool opens at once.</source>
        <translation>文件包含超过 %L1 个指示器，超出本工具一次可打开的数量。</translation>
    </message>
</context>
<context>
    <name>MultiTenantCommands</name>
    <message>
        <source>== Tenant %1 of %2: %3 (%4) ==</source>
        <translation>== 租户 %1/%2：%3（%4）==</translation>
    </message>
    <message>
        <source>Row %1 failed: %2</source>
        <translation>第 %1 行失败：%2</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n 个待创建</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n 个待更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 个未更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of ours to delete</source>
        <translation>
            <numerusform>%n 个我们的待删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 行未发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n 个已创建</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n 个已更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n 个已删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>To create</source>
        <translation>待创建</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>待更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>To delete</source>
        <translation>待删除</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>退出代码</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is given twice.</source>
        <translation>配置文件“%1”指定了两次。</translation>
    </message>
    <message>
        <source>Tenant %1 of %2: %3 (%4)…</source>
        <translation>租户 %1/%2：%3（%4）…</translation>
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
        <translation>我们的</translation>
    </message>
    <message>
        <source>Portal</source>
        <extracomment>Who made an indicator: an analyst in the Microsoft Defender portal</extracomment>
        <translation>门户</translation>
    </message>
    <message>
        <source>Defender for Cloud Apps</source>
        <extracomment>Who made an indicator: Microsoft Defender for Cloud Apps (unsanctioned apps)</extracomment>
        <translation>Defender for Cloud Apps</translation>
    </message>
    <message>
        <source>Another app</source>
        <extracomment>Who made an indicator: another app registration or tool</extracomment>
        <translation>其他应用</translation>
    </message>
</context>
<context>
    <name>PdfReportReader</name>
    <message>
        <source>The PDF is larger than %L1 MiB; it is not read.</source>
        <translation>该 PDF 大于 %L1 MiB；不读取该文件。</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>该文件不是 PDF 文档。</translation>
    </message>
    <message>
        <source>The PDF is truncated or damaged: it has no end-of-file marker.</source>
        <translation>该 PDF 已被截断或损坏：缺少文件结束标记。</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>该 PDF 已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Open it in a PDF viewer, save a copy without the password, and read that copy.</source>
        <translation>该 PDF 受密码保护。请在 PDF 阅读器中打开它，另存一份不带密码的副本，再读取该副本。</translation>
    </message>
    <message>
        <source>The PDF has no pages that can be read; it may be damaged.</source>
        <translation>该 PDF 没有可读取的页面；它可能已损坏。</translation>
    </message>
    <message>
        <source>The PDF has %L1 pages; reports of more than %L2 pages are not read.</source>
        <translation>该 PDF 有 %L1 页；超过 %L2 页的报告不予读取。</translation>
    </message>
    <message>
        <source>Reading the PDF took longer than %1 seconds (page %2 of %3); it is not read.</source>
        <translation>读取该 PDF 超过了 %1 秒（第 %2 页，共 %3 页）；不读取该文件。</translation>
    </message>
    <message numerus="yes">
        <source>The PDF holds no text (%n page(s)); its pages may be scanned images, and text in images is not recognised.</source>
        <translation>
            <numerusform>该 PDF 不含文本（%n 页）；其页面可能是扫描图像，不识别图像中的文字。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>配置文件需要名称。</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>配置文件名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>A profile name has at most 64 characters.</source>
        <translation>配置文件名称最多 64 个字符。</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters.</source>
        <translation>配置文件名称不能包含控制字符。</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM or PFX) of the app registration.</source>
        <translation>请选择应用注册的证书文件（PEM 或 PFX）。</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>无法读取证书文件 %1。</translation>
    </message>
    <message>
        <source>App registration with a client secret</source>
        <translation>使用客户端密码的应用注册</translation>
    </message>
    <message>
        <source>App registration with a certificate</source>
        <translation>使用证书的应用注册</translation>
    </message>
    <message>
        <source>My account, with a code (device code)</source>
        <translation>我的帐户，使用代码（设备代码）</translation>
    </message>
    <message>
        <source>My account, in the web browser</source>
        <translation>我的帐户，在 Web 浏览器中</translation>
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
        <translation>%1 不接受文件名。</translation>
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
      登录一次并保存配置文件：其设置保存在配置中，客户端密码、证书密码
      或您帐户的刷新令牌保存在系统凭据存储中（绝不保存在文件中）。
      --device-code 使用您自己的帐户登录：打开显示的地址并输入代码。
      退出代码 0：已登录并保存；2：输入错误；3：登录失败或凭据存储
      不可用；4：无法连接到服务。
  logout --profile NAME [--forget]
      从系统凭据存储中删除配置文件的密码（--forget：同时删除配置文件）。
  profiles [--json]
      列出已保存的配置文件。
</translation>
    </message>
    <message>
        <source>Sign in with this certificate (PEM with its key, or PFX).</source>
        <translation>使用此证书登录（含私钥的 PEM，或 PFX）。</translation>
    </message>
    <message>
        <source>Read the certificate&apos;s passphrase from standard input.</source>
        <translation>从标准输入读取证书的密码。</translation>
    </message>
    <message>
        <source>Sign in with your own account, entering a code in a browser.</source>
        <translation>使用您自己的帐户登录，在浏览器中输入代码。</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>打印一个 JSON 对象而不是文本。</translation>
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
        <translation>客户端密码：</translation>
    </message>
    <message>
        <source>--client-secret-stdin was given, but standard input held no secret.</source>
        <translation>已给出 --client-secret-stdin，但标准输入中没有密码。</translation>
    </message>
    <message>
        <source>Certificate passphrase: </source>
        <translation>证书密码：</translation>
    </message>
    <message numerus="yes">
        <source>To sign in, open %1 and enter the code %2 (valid for %n minute(s)).</source>
        <translation>
            <numerusform>要登录，请打开 %1 并输入代码 %2（%n 分钟内有效）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as profile &quot;%1&quot; (tenant %2). The secret is kept in the system keychain (%3).</source>
        <translation>已作为配置文件“%1”登录（租户 %2）。密码保存在系统凭据存储中（%3）。</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>权限：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Warning: the token carries neither Ti.ReadWrite nor Ti.ReadWrite.All, so importing will fail. Grant the WindowsDefenderATP permission to the app registration (with admin consent).</source>
        <translation>警告：令牌既没有 Ti.ReadWrite 也没有 Ti.ReadWrite.All，因此导入将失败。请向应用注册授予 WindowsDefenderATP 权限（并授予管理员同意）。</translation>
    </message>
    <message>
        <source>The profile to sign out.</source>
        <translation>要注销的配置文件。</translation>
    </message>
    <message>
        <source>Also delete the profile&apos;s settings.</source>
        <translation>同时删除配置文件的设置。</translation>
    </message>
    <message>
        <source>logout needs --profile NAME.</source>
        <translation>logout 需要 --profile NAME。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets could not be removed: %1</source>
        <translation>无法删除配置文件的密码：%1</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot; and deleted the profile.</source>
        <translation>已注销“%1”并删除了该配置文件。</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;: its secrets were removed from the system keychain.</source>
        <translation>已注销“%1”：其密码已从系统凭据存储中删除。</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4	%5	%6</source>
        <extracomment>one profile per line: name, cloud, tenant, API address, sign-in method, state</extracomment>
        <translation>%1	%2	%3	%4	%5	%6</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>已注销</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n 个配置文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>The recovery folder &quot;%1&quot; cannot be created.</source>
        <translation>无法创建恢复文件夹“%1”。</translation>
    </message>
    <message>
        <source>The recovery folder &quot;%1&quot; cannot be locked.</source>
        <translation>无法锁定恢复文件夹“%1”。</translation>
    </message>
    <message>
        <source>The recovery copy cannot be written: %1</source>
        <translation>无法写入恢复副本：%1</translation>
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
        <translation>已延长</translation>
    </message>
    <message>
        <source>kept, it already expires then or later</source>
        <translation>保留，它在此时间或更晚才过期</translation>
    </message>
    <message>
        <source>left alone, made by someone else</source>
        <translation>不处理，由他人创建</translation>
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
      延长文件中租户已有且归我们所有的各行的过期时间：PRESET 为 30d、90d、180d
      （从现在起的天数）或 none（永不过期），DATE 为日期和时间，例如
      2027-01-31T00:00:00Z。除非指定 --shorten，否则不会缩短过期时间；租户缺少的行
      不会被创建，他人的指示器不会被改动。各行连同其其他字段一起通过 Import 发送。
      --dry-run 打印每行当前和新的过期时间及所需调用次数，不做任何更改。
      退出代码同 import。
</translation>
    </message>
    <message>
        <source>The new expiration: 30d, 90d, 180d, none, or a date and time.</source>
        <translation>新的过期时间：30d、90d、180d、none（永不过期）或日期和时间。</translation>
    </message>
    <message>
        <source>Also bring forward expirations later than the new one.</source>
        <translation>晚于新过期时间的也提前到新时间。</translation>
    </message>
    <message>
        <source>Print what the refresh would do; change nothing.</source>
        <translation>打印刷新将执行的操作；不做任何更改。</translation>
    </message>
    <message>
        <source>The file whose rows to refresh.</source>
        <translation>要刷新其中各行的文件。</translation>
    </message>
    <message>
        <source>refresh needs --extend PRESET|DATE.</source>
        <translation>refresh 需要 --extend PRESET|DATE。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to extend</source>
        <translation>
            <numerusform>%n 个待延长</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already expire then or later</source>
        <translation>
            <numerusform>%n 个已在此时间或更晚过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n made by others</source>
        <translation>
            <numerusform>%n 个由他人创建</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the tenant</source>
        <translation>
            <numerusform>%n 个不在租户中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (errors or repeats)</source>
        <translation>
            <numerusform>%n 个未发送（错误或重复）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 (%2): %3 -&gt; %4, %5</source>
        <translation>第 %1 行 (%2)：%3 -&gt; %4，%5</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何更改。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Row %1 failed: %2</source>
        <translation>第 %1 行失败：%2</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>Refresh: %n extended</source>
        <translation>
            <numerusform>刷新：已延长 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyDecoder</name>
    <message>
        <source>the reply is empty.</source>
        <translation>回复为空。</translation>
    </message>
    <message>
        <source>the JSON ends too early (the reply is truncated).</source>
        <translation>JSON 过早结束（回复被截断）。</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2).</source>
        <translation>它不是 JSON（第 %2 个字节处：%1）。</translation>
    </message>
    <message>
        <source>a JSON object was expected.</source>
        <translation>应为 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>RowOutcome</name>
    <message>
        <source>It had errors when it was submitted; fix them and resubmit.</source>
        <translation>提交时该行有错误；请修正后重新提交。</translation>
    </message>
    <message>
        <source>It repeats an earlier row of the table.</source>
        <translation>该行与表格中前面的行重复。</translation>
    </message>
    <message>
        <source>It was left out in the preview.</source>
        <translation>已在预览中排除该行。</translation>
    </message>
    <message>
        <source>The tenant already held it unchanged.</source>
        <translation>租户中已存在该指示器且未更改。</translation>
    </message>
    <message>
        <source>It was beyond the rows that fit the tenant&apos;s quota.</source>
        <translation>该行超出了租户配额可容纳的行数。</translation>
    </message>
    <message>
        <source>An earlier submission already imported it.</source>
        <translation>之前的一次提交已导入该行。</translation>
    </message>
    <message>
        <source>It had errors when it was submitted (%1); fix them and resubmit.</source>
        <extracomment>%1 names the row&apos;s first error, e.g. &quot;Defanged value&quot;</extracomment>
        <translation>提交时该行有错误（%1）；请修正后重新提交。</translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>A local stand-in for Microsoft Defender for Endpoint&apos;s Indicators API and the Entra ID token endpoint, for tests and demos. It listens on 127.0.0.1 only and prints its URL as the first line on standard output.

Built-in app registration (public values, not secret): tenant %1, client %2, secret &quot;%3&quot;.</source>
        <translation>Microsoft Defender for Endpoint 指示器 API 和 Entra ID 令牌终结点的本地替身，用于测试和演示。它只在 127.0.0.1 上监听，并在标准输出的第一行打印其 URL。

内置应用注册（公开值，不是机密）：租户 %1，客户端 %2，密码“%3”。</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>监听端口；0 表示选取一个空闲端口。</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (chain).</source>
        <translation>使用此 PEM 证书（链）提供 HTTPS。</translation>
    </message>
    <message>
        <source>The certificate&apos;s unencrypted PEM private key.</source>
        <translation>证书的未加密 PEM 私钥。</translation>
    </message>
    <message>
        <source>Divide every rate-limit window and Retry-After by N (tests run faster).</source>
        <translation>将每个速率限制窗口和 Retry-After 除以 N（测试运行更快）。</translation>
    </message>
    <message>
        <source>Keep the tenant&apos;s indicators in this file.</source>
        <translation>将租户的指示器保存在此文件中。</translation>
    </message>
    <message>
        <source>Create N indicators at start when the tenant is empty.</source>
        <translation>租户为空时，启动时创建 N 个指示器。</translation>
    </message>
    <message>
        <source>Inject a fault: KIND[:rate=R,count=N,after=N,endpoint=E,status=S,delay=MS,fraction=F,message=TEXT]. Kinds: %1. May be repeated.</source>
        <translation>注入故障：KIND[:rate=R,count=N,after=N,endpoint=E,status=S,delay=MS,fraction=F,message=TEXT]。种类：%1。可重复指定。</translation>
    </message>
    <message>
        <source>Seed of the fault dice.</source>
        <translation>故障随机数种子。</translation>
    </message>
    <message>
        <source>More app registrations: a JSON array of {clientId, secret, displayName, roles}.</source>
        <translation>更多应用注册：由 {clientId, secret, displayName, roles} 组成的 JSON 数组。</translation>
    </message>
    <message>
        <source>The tenant&apos;s ID.</source>
        <translation>租户的 ID。</translation>
    </message>
    <message>
        <source>Lifetime of access tokens in seconds.</source>
        <translation>访问令牌的有效期（秒）。</translation>
    </message>
    <message>
        <source>Delete expired indicators this many seconds late (emulates propagation lag).</source>
        <translation>推迟这么多秒删除过期指示器（模拟传播延迟）。</translation>
    </message>
    <message>
        <source>Serve the test control endpoints under /_sandbox/ (loopback only).</source>
        <translation>在 /_sandbox/ 下提供测试控制终结点（仅限环回）。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port 需要 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>--time-scale takes a number from 1 to 10000.</source>
        <translation>--time-scale 需要 1 到 10000 之间的数字。</translation>
    </message>
    <message>
        <source>--seed takes a whole number of at least 0.</source>
        <translation>--seed 需要不小于 0 的整数。</translation>
    </message>
    <message>
        <source>--token-lifetime takes a whole number of seconds, at least 1.</source>
        <translation>--token-lifetime 需要以秒为单位的整数，至少为 1。</translation>
    </message>
    <message>
        <source>--expiry-lag takes a whole number of seconds.</source>
        <translation>--expiry-lag 需要以秒为单位的整数。</translation>
    </message>
    <message>
        <source>--fault-seed takes a whole number.</source>
        <translation>--fault-seed 需要一个整数。</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert 和 --tls-key 必须一起使用。</translation>
    </message>
    <message>
        <source>Register a certificate for an app registration, for client assertions: CLIENT_ID=PEM_FILE. May be repeated.</source>
        <translation>为应用注册登记证书，用于客户端断言：CLIENT_ID=PEM_FILE。可重复使用。</translation>
    </message>
    <message>
        <source>How the emulated user answers a sign-in with a device code or in the browser: approve, deny or expire (never answers).</source>
        <translation>模拟用户如何响应使用设备代码或在浏览器中的登录：approve、deny 或 expire（从不响应）。</translation>
    </message>
    <message>
        <source>The user answers a device code after this many polls.</source>
        <translation>用户在这么多次轮询后响应设备代码。</translation>
    </message>
    <message>
        <source>Seconds between polls that the device code reply asks for.</source>
        <translation>设备代码回复要求的两次轮询之间的秒数。</translation>
    </message>
    <message>
        <source>Seconds a device code stays valid.</source>
        <translation>设备代码的有效秒数。</translation>
    </message>
    <message>
        <source>Delegated permissions a user&apos;s token carries, separated by spaces or commas (empty: none).</source>
        <translation>用户令牌携带的委派权限，以空格或逗号分隔（为空：无）。</translation>
    </message>
    <message>
        <source>The emulated user&apos;s sign-in name.</source>
        <translation>模拟用户的登录名。</translation>
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
        <translation>--device-code-polls 需要一个至少为 0 的整数。</translation>
    </message>
    <message>
        <source>--device-code-interval takes a whole number of seconds, at least 1.</source>
        <translation>--device-code-interval 需要一个整数秒数，至少为 1。</translation>
    </message>
    <message>
        <source>--device-code-lifetime takes a whole number of seconds, at least 1.</source>
        <translation>--device-code-lifetime 需要一个整数秒数，至少为 1。</translation>
    </message>
    <message>
        <source>Every Import or Submit row creates a new indicator, even when one with the same type, value, action and device groups exists.</source>
        <translation>每个 Import 或 Submit 行都创建新的指示器，即使已有类型、值、操作和设备组都相同的指示器。</translation>
    </message>
    <message>
        <source>List pages hold at most N indicators, whatever $top asks, and link the next page with @odata.nextLink.</source>
        <translation>List 的每页最多包含 N 个指示器（无论 $top 要求多少），并用 @odata.nextLink 链接下一页。</translation>
    </message>
    <message>
        <source>Refuse a whole Import body with 400 when an indicator has a property in the wrong letter case, an unknown property or a value of the wrong type.</source>
        <translation>当某个指示器的属性大小写错误、属性未知或值类型错误时，以 400 拒绝整个 Import 请求正文。</translation>
    </message>
    <message>
        <source>--page-size takes a whole number from 0 (no cap) to %1.</source>
        <translation>--page-size 需要 0（不限制）到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--echo takes sent or normalised.</source>
        <translation>--echo 只能是 sent 或 normalised。</translation>
    </message>
    <message>
        <source>How Import results echo a value: &quot;sent&quot; (as sent) or &quot;normalised&quot; (as the service stores it: hashes in lower case, domains and URL hosts in lower case and punycode, IPv6 in compressed form, no trailing slash).</source>
        <translation>Import 结果如何回显值：sent（按发送的原样）或 normalised（按服务存储的形式：哈希为小写，域和 URL 主机为小写的 punycode，IPv6 为压缩形式，不带结尾斜杠）。</translation>
    </message>
    <message>
        <source>Create N indicators from each of three other creators at start when the tenant is empty: an analyst in the portal, Microsoft Defender for Cloud Apps and another app registration.</source>
        <translation>租户为空时，在启动时为另外三个创建者各创建 N 个指示器：门户中的分析师、Microsoft Defender for Cloud Apps 和另一个应用注册。</translation>
    </message>
    <message>
        <source>--seed-others takes a whole number of at least 0.</source>
        <translation>--seed-others 需要一个不小于 0 的整数。</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring)</source>
        <translation>保密服务（GNOME 密钥环）</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>（详细信息：%1）</translation>
    </message>
    <message>
        <source>No secret is stored for this profile in the system keychain (%1). Sign in again to store one.</source>
        <translation>系统凭据存储（%1）中没有为此配置文件保存密码。请重新登录以保存一个。</translation>
    </message>
    <message>
        <source>The system keychain is not available: Windows Credential Manager did not answer. Indicator Manager keeps secrets only there, never in a file. Sign in to Windows with a normal user account (not a service account without a profile) and try again.</source>
        <translation>系统凭据存储不可用：Windows 凭据管理器没有响应。指示器管理器只将密码保存在那里，绝不保存在文件中。请使用普通用户帐户（而不是没有配置文件的服务帐户）登录 Windows，然后重试。</translation>
    </message>
    <message>
        <source>The system keychain is not available: the macOS Keychain did not answer. Indicator Manager keeps secrets only there, never in a file. Open Keychain Access, make sure the login keychain exists and is unlocked, and try again.</source>
        <translation>系统凭据存储不可用：macOS 钥匙串没有响应。指示器管理器只将密码保存在那里，绝不保存在文件中。请打开“钥匙串访问”，确认登录钥匙串存在且已解锁，然后重试。</translation>
    </message>
    <message>
        <source>The system keychain is not available: no Secret Service (GNOME Keyring) answered on the D-Bus session bus. Indicator Manager keeps secrets only there, never in a file. Install and start GNOME Keyring (package gnome-keyring) in your desktop session; on a machine without a desktop, run the command inside &quot;dbus-run-session&quot; after &quot;gnome-keyring-daemon --unlock&quot;. Scripts can also give the connection inline with --client-secret-stdin.</source>
        <translation>系统凭据存储不可用：D-Bus 会话总线上没有保密服务（GNOME 密钥环）响应。指示器管理器只将密码保存在那里，绝不保存在文件中。请在桌面会话中安装并启动 GNOME 密钥环（软件包 gnome-keyring）；在没有桌面的计算机上，请在“gnome-keyring-daemon --unlock”之后于“dbus-run-session”中运行该命令。脚本也可以使用 --client-secret-stdin 直接给出连接。</translation>
    </message>
    <message>
        <source>The system keychain (%1) is locked or refused access. Unlock it (for example by signing in to the desktop again) and try once more.</source>
        <extracomment>%1 is the name of the system&apos;s secret store</extracomment>
        <translation>系统凭据存储（%1）已锁定或拒绝访问。请将其解锁（例如重新登录桌面）后再试一次。</translation>
    </message>
    <message>
        <source>The system keychain (%1) could not complete the request.</source>
        <translation>系统凭据存储（%1）无法完成请求。</translation>
    </message>
</context>
<context>
    <name>StixReader</name>
    <message>
        <source>The file is not a STIX bundle: it must start with [ or {.</source>
        <translation>该文件不是 STIX 捆绑包：它必须以 [ 或 { 开头。</translation>
    </message>
    <message>
        <source>There is text after the end of the JSON, near line %1.</source>
        <translation>JSON 结束后还有文本，在第 %1 行附近。</translation>
    </message>
    <message>
        <source>The STIX bundle has no &quot;objects&quot; array.</source>
        <translation>该 STIX 捆绑包没有“objects”数组。</translation>
    </message>
    <message>
        <source>The STIX bundle holds no indicators or observables.</source>
        <translation>该 STIX 捆绑包不包含指示器或可观察对象。</translation>
    </message>
    <message>
        <source>No pattern in the STIX bundle compares a property Defender has an indicator type for: %1</source>
        <translation>该 STIX 捆绑包中没有任何模式比较 Defender 有对应指示器类型的属性：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n STIX indicator(s) have no pattern Defender can express and were not imported: %1</source>
        <translation>
            <numerusform>%n 个 STIX 指示器没有 Defender 能表达的模式，未导入：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n STIX pattern(s) have conditions Defender cannot express (AND with other properties, other operators or qualifiers); only their values were taken: %1</source>
        <translation>
            <numerusform>%n 个 STIX 模式包含 Defender 无法表达的条件（与其他属性的 AND、其他运算符或限定符）；只取了其中的值：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>The STIX indicator %1 near line %2: %3</source>
        <translation>第 %2 行附近的 STIX 指示器 %1：%3</translation>
    </message>
    <message>
        <source>The file has more than %L1 indicators, more than this tool opens at once.</source>
        <translation>文件包含超过 %L1 个指示器，超出本工具一次可打开的数量。</translation>
    </message>
    <message>
        <source>a quoted value never ends.</source>
        <translation>带引号的值没有结束。</translation>
    </message>
    <message>
        <source>the pattern has more than %L1 comparisons.</source>
        <translation>该模式包含超过 %L1 个比较。</translation>
    </message>
    <message>
        <source>an operator has no property before it.</source>
        <translation>运算符前面没有属性。</translation>
    </message>
    <message>
        <source>a quoted property name never ends.</source>
        <translation>带引号的属性名称没有结束。</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;.</source>
        <translation>意外的“%1”。</translation>
    </message>
    <message>
        <source>a comparison has no value.</source>
        <translation>比较没有值。</translation>
    </message>
</context>
<context>
    <name>SubmitConfirmation</name>
    <message>
        <source>tenant %1 (%2)</source>
        <extracomment>%1 tenant ID, %2 API host</extracomment>
        <translation>租户 %1（%2）</translation>
    </message>
    <message>
        <source>profile %1, tenant %2 (%3)</source>
        <extracomment>%1 profile name, %2 tenant ID, %3 API host</extracomment>
        <translation>配置文件 %1，租户 %2（%3）</translation>
    </message>
    <message>
        <source>Submit to the Tenant</source>
        <translation>提交到租户</translation>
    </message>
    <message numerus="yes">
        <source>Send %n row(s) to %1?</source>
        <translation>
            <numerusform>将 %n 行发送到%1？</numerusform>
        </translation>
    </message>
    <message>
        <source>New indicators: %1; updates: %2.</source>
        <translation>新指示器：%1；更新：%2。</translation>
    </message>
    <message>
        <source>Active indicators: %1 now, %2 after, of %3 allowed.</source>
        <translation>活动指示器：当前 %1，导入后 %2，上限 %3。</translation>
    </message>
    <message>
        <source>Import calls: %1, at 30 calls a minute.</source>
        <translation>导入调用：%1 次，每分钟 30 次。</translation>
    </message>
    <message>
        <source>Not sent: %1 with errors, %2 repeats, %3 unchanged in the tenant, %4 already imported, %5 left out by you, %6 beyond the quota.</source>
        <translation>未发送：%1 行有错误，%2 行重复，%3 行在租户中未更改，%4 行已导入，%5 行由你排除，%6 行超出配额。</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
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
      使租户中我们拥有的指示器与文件的行完全一致：租户缺少的行会被创建，
      已更改的行会被更新，未更改的行保持不变，文件中已不存在的我们的指示器会被删除。
      他人创建的指示器（门户、Defender for Cloud Apps、其他应用）永远不会被删除。
      --dry-run 打印将执行的操作及所需调用次数，不做任何更改。
      中断的同步再次运行即可完成。退出代码同 import。
</translation>
    </message>
    <message>
        <source>Print what the sync would do; change nothing.</source>
        <translation>打印同步将执行的操作；不做任何更改。</translation>
    </message>
    <message>
        <source>The file to sync.</source>
        <translation>要同步的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n 个待创建</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n 个待更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 个未更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of ours to delete</source>
        <translation>
            <numerusform>%n 个我们的待删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 行未发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) of others kept</source>
        <translation>
            <numerusform>保留 %n 个他人的指示器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 would be created: %2</source>
        <translation>第 %1 行将被创建：%2</translation>
    </message>
    <message>
        <source>Row %1 would be updated: %2</source>
        <translation>第 %1 行将被更新：%2</translation>
    </message>
    <message>
        <source>Indicator %1 would be deleted: %2</source>
        <translation>指示器 %1 将被删除：%2</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何更改。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Row %1 failed: %2</source>
        <translation>第 %1 行失败：%2</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Stopped before the end; run the sync again to finish it.</source>
        <translation>未完成即停止；请再次运行同步以完成。</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %n created or updated</source>
        <translation>
            <numerusform>同步：%n 个已创建或更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 行失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n 个已删除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file holds no indicators.</source>
        <translation>文件中没有指示器。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation>无法打开文件“%1”：%2</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation>该文件不是 Excel 工作簿 (.xlsx)。</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2. The previous file was left unchanged.</source>
        <translation>写入“%1”失败：%2。原文件保持不变。</translation>
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
        <translation>%1 需要一个 FILE 参数。</translation>
    </message>
    <message>
        <source>%1 takes no file name.</source>
        <translation>%1 不接受文件名。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of ids.</source>
        <translation>%1 太大，不像是 ID 列表。</translation>
    </message>
    <message>
        <source>Write the rows with Status, Id and FailureReason here.</source>
        <translation>将带有 Status、Id 和 FailureReason 的行写到这里。</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>输出一个 JSON 对象，而不是文本。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding (default: detect).</source>
        <translation>文件的编码（默认：自动检测）。</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>未知编码“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Resuming an interrupted import: %n row(s) had already been imported.</source>
        <translation>
            <numerusform>继续中断的导入：已有 %n 行导入完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>indicator-manager-cli: cannot write %1: %2</source>
        <translation>indicator-manager-cli：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Row %1 failed: %2</source>
        <translation>第 %1 行失败：%2</translation>
    </message>
    <message>
        <source>Row %1 not sent: %2</source>
        <translation>第 %1 行未发送：%2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more row(s) not imported; use --results to see them all.</source>
        <translation>
            <numerusform>……另有 %n 行未导入；使用 --results 可查看全部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n 行成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 行失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 行未发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>Print {&quot;count&quot;, &quot;value&quot;: [indicators]} as the API returns them.</source>
        <translation>按 API 返回的形式输出 {&quot;count&quot;, &quot;value&quot;: [indicators]}。</translation>
    </message>
    <message>
        <source>Print CSV: Id, the portal template&apos;s columns and more.</source>
        <translation>输出 CSV：Id、门户模板的各列以及更多列。</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>请指定 --json 或 --csv，不要同时指定。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不过期</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n 个指示器</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the indicators whose ids this file lists.</source>
        <translation>删除此文件中列出 ID 的指示器。</translation>
    </message>
    <message>
        <source>Delete the indicators whose expiration time has passed.</source>
        <translation>删除过期时间已过的指示器。</translation>
    </message>
    <message>
        <source>%1: no such indicator (or not visible to this app).</source>
        <translation>%1：没有此指示器（或此应用看不到它）。</translation>
    </message>
    <message>
        <source>%1: not an indicator id.</source>
        <translation>%1：不是指示器 ID。</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>没有要删除的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n indicator(s).</source>
        <translation>
            <numerusform>已删除 %1 个（共 %n 个指示器）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the indicators this app registration or the signed-in user made.</source>
        <translation>仅显示此应用注册或已登录用户创建的指示器。</translation>
    </message>
    <message>
        <source>Only the indicators made by WHO: ours, portal, cloud-apps, other-app, or a createdBy value (an app id or a user name). May be repeated.</source>
        <translation>仅显示由 WHO 创建的指示器：ours、portal、cloud-apps、other-app，或 createdBy 值（应用 ID 或用户名）。可重复使用。</translation>
    </message>
    <message>
        <source>--created-by takes ours, portal, cloud-apps, other-app or a createdBy value.</source>
        <translation>--created-by 需要 ours、portal、cloud-apps、other-app 或 createdBy 值。</translation>
    </message>
    <message>
        <source>Delete this indicator, whoever made it (the only way to delete one that is not ours). May be repeated.</source>
        <translation>删除此指示器，无论由谁创建（删除非我们创建的指示器的唯一方式）。可重复使用。</translation>
    </message>
    <message>
        <source>%1: not deleted, not ours (made by someone else); name it with --id to delete it.</source>
        <translation>%1：未删除，不是我们的（由他人创建）；要删除请用 --id 指定。</translation>
    </message>
    <message>
        <source>delete takes either --ids FILE or --expired.</source>
        <translation>delete 需要 --ids FILE 或 --expired 之一。</translation>
    </message>
    <message>
        <source>Then print an advanced hunting query that shows whether the imported indicators have fired.</source>
        <translation>随后打印一个高级搜寻查询，显示导入的指示器是否已触发。</translation>
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
      将有效行以每次最多 500 个的导入调用发送到租户，每分钟不超过 30 次调用。
      每一行的结果为 Succeeded（附指示器 ID）、Failed（附服务给出的原因）或
      NotSent（附原因）；--results 写出文件的各列以及 Status、Id 和 FailureReason。
      中断的导入再次运行时会继续：已成功的行不会发送两次。
      退出代码 0：所有行均成功；1：部分行失败或未发送；2：输入错误；
      3：登录失败；4：无法连接到服务。--kql 随后打印针对成功行的高级搜寻
      查询（--json：键 afterRun）。
      --profile 可重复（import 和 sync）：文件依次发送到每个配置文件的租户，
      每个租户各自登录、各自的速率限制和配额检查；一个租户失败不会影响其他租户。
      --json 随后打印 {&quot;tenants&quot;: [...]}，每个租户一个对象，带 &quot;profile&quot;。
      退出代码为各租户退出代码中最大的一个。
  list (--profile NAME | CONNECTION) [--json | --csv] [--mine] [--created-by WHO]...
      打印租户的指示器及其创建者：ours（此应用注册或已登录用户）、portal（门户）、
      cloud-apps（Defender for Cloud Apps）或 other-app（其他应用）。--mine 仅显示我们的；
      --created-by 指定上述类别之一或 createdBy 值。退出代码 0、2、3 或 4。
  delete (--profile NAME | CONNECTION) (--ids FILE | --expired)
  delete (--profile NAME | CONNECTION) --id ID...
      删除 FILE 中列出其 ID 的指示器（每行一个，或带有 Id 列的 CSV，
      例如导入结果），或已超过过期时间的指示器：仅限我们的；他人的指示器
      会被列为“不是我们的”并保留。--id ID 删除该指示器，无论由谁创建。
      退出代码 0：全部已删除；1：部分未删除；2、3 或 4 同 import。
</translation>
    </message>
</context>
<context>
    <name>TenantState</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a sandbox state file: %2</source>
        <translation>%1 不是沙盒状态文件：%2</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file contains binary data (NUL or control bytes); it is not a text table.</source>
        <translation>文件包含二进制数据（NUL 或控制字节）；它不是文本表格。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8: the byte at offset %1 cannot be decoded.</source>
        <translation>文件不是有效的 UTF-8：偏移量 %1 处的字节无法解码。</translation>
    </message>
    <message>
        <source>The file cannot be decoded as %1 near byte offset %2.</source>
        <translation>文件在字节偏移量 %2 附近无法按 %1 解码。</translation>
    </message>
    <message>
        <source>The file contains a NUL character at byte offset %1; it is not a text table.</source>
        <translation>文件在字节偏移量 %1 处包含 NUL 字符；它不是文本表格。</translation>
    </message>
    <message>
        <source>The file contains a NUL character near byte offset %1; it is not a text table.</source>
        <translation>文件在字节偏移量 %1 附近包含 NUL 字符；它不是文本表格。</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation>无法读取 CA 证书文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate.</source>
        <translation>%1 中没有 PEM 或 DER 证书。</translation>
    </message>
</context>
<context>
    <name>TokenIssuer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 must hold a JSON array of app registrations.</source>
        <translation>%1 必须包含由应用注册组成的 JSON 数组。</translation>
    </message>
    <message>
        <source>No app registration has the client id %1.</source>
        <translation>没有应用注册的客户端 ID 为 %1。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>Every app registration in %1 needs a clientId and a secret, a certificate or &quot;publicClient&quot;: true.</source>
        <translation>%1 中的每个应用注册都需要 clientId 以及密码、证书或 &quot;publicClient&quot;: true。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook&apos;s part %1 is larger than %2 MiB once unpacked; the file is not read (it may be a zip bomb).</source>
        <translation>工作簿的部件 %1 解压后超过 %2 MiB；不读取该文件（它可能是 zip 炸弹）。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 cannot be unpacked: the file is damaged or truncated.</source>
        <translation>无法解压工作簿的部件 %1：文件已损坏或被截断。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is not valid XML: %2</source>
        <translation>工作簿的部件 %1 不是有效的 XML：%2</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation>该文件是 zip 压缩包，但不是 Excel 工作簿（没有 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>该工作簿没有工作表。</translation>
    </message>
    <message>
        <source>The workbook cannot be opened: the zip archive is damaged or truncated.</source>
        <translation>无法打开工作簿：zip 压缩包已损坏或被截断。</translation>
    </message>
    <message numerus="yes">
        <source>The workbook has no sheet %1; it has %n sheet(s).</source>
        <translation>
            <numerusform>该工作簿没有第 %1 个工作表；它有 %n 个工作表。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet has more than %L1 rows, more than this tool opens at once.</source>
        <translation>工作表超过 %L1 行，超出本工具一次可打开的行数。</translation>
    </message>
    <message>
        <source>The sheet&apos;s rows are out of order near row %1.</source>
        <translation>工作表的行在第 %1 行附近顺序错乱。</translation>
    </message>
    <message>
        <source>Row %1 of the sheet has a cell in column %L2; this tool reads at most %L3 columns.</source>
        <translation>工作表第 %1 行在第 %L2 列有单元格；本工具最多读取 %L3 列。</translation>
    </message>
    <message>
        <source>A cell in row %1 is longer than %2 MiB.</source>
        <translation>第 %1 行中的某个单元格超过 %2 MiB。</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is empty.</source>
        <translation>工作表“%1”为空。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; (%2 of %3) was read.</source>
        <translation>已读取工作表“%1”（第 %2 个，共 %3 个）。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;; its sheets are: %2.</source>
        <translation>该工作簿没有名为“%1”的工作表；其工作表为：%2。</translation>
    </message>
    <message>
        <source>The workbook&apos;s other sheets were not read: %1.</source>
        <translation>未读取该工作簿的其他工作表：%1。</translation>
    </message>
</context>
<context>
    <name>im::AboutDialog</name>
    <message>
        <source>Indicator Manager %1: GNU General Public License, version 3 or later</source>
        <translation>指示器管理器 %1：GNU 通用公共许可证第 3 版或更高版本</translation>
    </message>
    <message>
        <source>Indicator Manager is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.</source>
        <translation>指示器管理器是自由软件：你可以依照自由软件基金会发布的 GNU 通用公共许可证第 3 版或（由你选择）任何更高版本的条款，重新分发和/或修改它。</translation>
    </message>
    <message>
        <source>Qt %1: GNU Lesser General Public License, version 3</source>
        <translation>Qt %1：GNU 宽通用公共许可证第 3 版</translation>
    </message>
    <message>
        <source>Qt %1, copyright The Qt Company Ltd. and other contributors, is used under the GNU Lesser General Public License version 3, which adds permissions to the GNU General Public License version 3 (the first entry of this list). You may replace the Qt libraries that Indicator Manager uses with your own build of them. The source code of Qt is available at https://download.qt.io/.</source>
        <extracomment>%1 is the Qt version in use.</extracomment>
        <translation>Qt %1（版权归 The Qt Company Ltd. 及其他贡献者所有）依照 GNU 宽通用公共许可证第 3 版使用，该许可证在 GNU 通用公共许可证第 3 版（本列表的第一项）之上增加了额外许可。你可以用自己构建的 Qt 库替换指示器管理器所用的 Qt 库。Qt 的源代码可从 https://download.qt.io/ 获取。</translation>
    </message>
    <message>
        <source>QtKeychain: BSD licence</source>
        <translation>QtKeychain：BSD 许可证</translation>
    </message>
    <message>
        <source>QtKeychain %1: BSD licence</source>
        <translation>QtKeychain %1：BSD 许可证</translation>
    </message>
    <message>
        <source>QtKeychain stores the sign-in secrets in the system&apos;s keychain. Its source code is available at https://github.com/frankosterfeld/qtkeychain.</source>
        <translation>QtKeychain 将登录机密保存在系统凭据存储中。其源代码可从 https://github.com/frankosterfeld/qtkeychain 获取。</translation>
    </message>
    <message>
        <source>About Indicator Manager</source>
        <translation>关于指示器管理器</translation>
    </message>
    <message>
        <source>Indicator Manager %1</source>
        <translation>指示器管理器 %1</translation>
    </message>
    <message>
        <source>Edit, validate and submit Microsoft Defender for Endpoint custom indicators.</source>
        <translation>编辑、验证并提交 Microsoft Defender for Endpoint 自定义指示器。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <extracomment>%1 is the Qt version the program was compiled with, %2 the one it runs on.</extracomment>
        <translation>使用 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>Software and licences:</source>
        <translation>软件和许可证：</translation>
    </message>
    <message>
        <source>Software and licences</source>
        <translation>软件和许可证</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>许可证文本</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>此版本中缺少许可证文本。</translation>
    </message>
    <message>
        <source>QuaZip: GNU Lesser General Public License, version 2.1 or later</source>
        <translation>QuaZip：GNU 宽通用公共许可证第 2.1 版或更高版本</translation>
    </message>
    <message>
        <source>QuaZip reads Excel workbooks (.xlsx), which are ZIP archives. It is used under the GNU Lesser General Public License version 2.1 or later with a static linking exception; its source code is available at https://github.com/stachenov/quazip.</source>
        <translation>QuaZip 用于读取 Excel 工作簿（.xlsx，即 ZIP 压缩包）。它依据 GNU 宽通用公共许可证第 2.1 版或更高版本（附静态链接例外）使用；其源代码可从 https://github.com/stachenov/quazip 获取。</translation>
    </message>
    <message>
        <source>Poppler: GNU General Public License, version 2 or 3</source>
        <translation>Poppler：GNU 通用公共许可证第 2 版或第 3 版</translation>
    </message>
    <message>
        <source>Poppler reads the text of PDF reports. It is used under the GNU General Public License version 3 (the first entry of this list); its source code is available at https://poppler.freedesktop.org/.</source>
        <translation>Poppler 用于读取 PDF 报告中的文本。它依据 GNU 通用公共许可证第 3 版（即此列表的第一项）使用；其源代码可从 https://poppler.freedesktop.org/ 获取。</translation>
    </message>
</context>
<context>
    <name>im::AfterRunWidget</name>
    <message>
        <source>&lt;b&gt;When the imported indicators take effect&lt;/b&gt;</source>
        <translation>&lt;b&gt;导入的指示器何时生效&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Advanced hunting query: have they fired?</source>
        <translation>高级搜寻查询：它们是否已触发？</translation>
    </message>
    <message>
        <source>Advanced hunting query</source>
        <translation>高级搜寻查询</translation>
    </message>
    <message>
        <source>&amp;Copy query</source>
        <translation>复制查询(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the advanced hunting query</source>
        <translation>复制高级搜寻查询</translation>
    </message>
    <message>
        <source>Copy the query, to paste it into Advanced hunting in the Microsoft Defender portal</source>
        <translation>复制查询，以粘贴到 Microsoft Defender 门户的高级搜寻中</translation>
    </message>
    <message>
        <source>%1 (%2 imported)</source>
        <extracomment>%1 is the kind of indicators (such as Files), %2 how many were imported</extracomment>
        <translation>%1（已导入 %2 个）</translation>
    </message>
    <message>
        <source>Takes effect: %1</source>
        <extracomment>%1 is the documented delay, such as &quot;Up to 3 hours.&quot;</extracomment>
        <translation>生效时间：%1</translation>
    </message>
    <message>
        <source>Devices need: %1</source>
        <extracomment>%1 lists what must be on, on the devices</extracomment>
        <translation>设备要求：%1</translation>
    </message>
</context>
<context>
    <name>im::AutosaveController</name>
    <message>
        <source>Saving a recovery copy...</source>
        <translation>正在保存恢复副本...</translation>
    </message>
</context>
<context>
    <name>im::BrowserSignInFlow</name>
    <message>
        <source>Cannot listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>无法在 127.0.0.1 上监听浏览器的应答。</translation>
    </message>
    <message>
        <source>Signed in. You can close this window and go back to Indicator Manager.</source>
        <translation>已登录。您可以关闭此窗口并返回指示器管理器。</translation>
    </message>
    <message>
        <source>the browser&apos;s answer was not a valid reply to this sign-in.</source>
        <translation>浏览器的应答不是对此次登录的有效回复。</translation>
    </message>
</context>
<context>
    <name>im::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n Row(s)</source>
        <translation>
            <numerusform>编辑 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>How to change the device groups</source>
        <translation>如何更改设备组</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Group names, separated by commas</source>
        <translation>设备组名称，以逗号分隔</translation>
    </message>
    <message numerus="yes">
        <source>Tick the fields to set on all %n selected row(s). The others stay as they are.</source>
        <translation>
            <numerusform>勾选要在所有 %n 个选定行上设置的字段。其他字段保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>im::ColumnMappingDialog</name>
    <message>
        <source>First row holds the column &amp;names</source>
        <translation>第一行是列名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remember this for files with the same columns</source>
        <translation>对具有相同列的文件记住此设置(&amp;R)</translation>
    </message>
    <message>
        <source>Column Mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the Defender portal template. Choose how to read it and which column holds what; the preview shows the first rows.</source>
        <translation>“%1”不符合 Defender 门户模板。请选择读取方式以及各列包含的内容；预览显示前几行。</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>竖线 (|)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>前几行的预览</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Indicator type when no column holds it</source>
        <translation>没有列包含指示器类型时使用的类型</translation>
    </message>
    <message>
        <source>Work out from each value</source>
        <translation>根据每个值推断</translation>
    </message>
    <message>
        <source>Indicator &amp;type when no column holds it:</source>
        <translation>没有列包含指示器类型时使用的类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <extracomment>%1 is a column name from the file being opened</extracomment>
        <translation>第 %1 列的字段</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Choose the column that holds the indicator values.</source>
        <translation>请选择包含指示器值的列。</translation>
    </message>
</context>
<context>
    <name>im::ConnectionStatusWidget</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>正在登录...</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>%1 · tenant %2 · %3</source>
        <extracomment>%1 signed-in state, %2 tenant ID, %3 API host</extracomment>
        <translation>%1 · 租户 %2 · %3</translation>
    </message>
    <message>
        <source>API: %1
Sign-in: %2</source>
        <translation>API：%1
登录：%2</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <translation>应用：%1（%2）</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>权限：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Token valid until %1</source>
        <translation>令牌有效期至 %1</translation>
    </message>
    <message>
        <source>%1 · %2 · tenant %3 · %4</source>
        <extracomment>%1 signed-in state, %2 profile name, %3 tenant ID, %4 API host</extracomment>
        <translation>%1 · %2 · 租户 %3 · %4</translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · tenant %4 · %5</source>
        <extracomment>%1 signed-in state, %2 profile name, %3 user&apos;s sign-in name, %4 tenant ID, %5 API host</extracomment>
        <translation>%1 · %2 (%3) · 租户 %4 · %5</translation>
    </message>
    <message>
        <source>Importing needs Ti.ReadWrite or Ti.ReadWrite.All.</source>
        <translation>导入需要 Ti.ReadWrite 或 Ti.ReadWrite.All。</translation>
    </message>
</context>
<context>
    <name>im::CsvPreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
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
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>im::DeviceCodeDialog</name>
    <message>
        <source>&amp;Copy code</source>
        <translation>复制代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open sign-in page</source>
        <translation>打开登录页(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign in with a code</source>
        <translation>使用代码登录</translation>
    </message>
    <message>
        <source>On this or any other device, open the sign-in page, enter the code below and sign in with the account that manages indicators in %1.</source>
        <translation>在此设备或任何其他设备上打开登录页，输入下面的代码，然后使用在 %1 中管理指示器的帐户登录。</translation>
    </message>
    <message>
        <source>Asking for a code...</source>
        <translation>正在请求代码...</translation>
    </message>
    <message>
        <source>The code is on the clipboard.</source>
        <translation>代码已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Waiting for you to sign in...</source>
        <translation>正在等待您登录...</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <extracomment>%1 is minutes:seconds, e.g. 14:59</extracomment>
        <translation>代码将在 %1 后过期。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>im::DeviceCodeFlow</name>
    <message>
        <source>the device code reply lacks the code or the address to enter it.</source>
        <translation>设备代码回复缺少代码或输入代码的地址。</translation>
    </message>
</context>
<context>
    <name>im::DocumentSession</name>
    <message>
        <source>The recovery copy could not be saved: %1</source>
        <translation>无法保存恢复副本：%1</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>已取消打开 %1。</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled. The table is unchanged.</source>
        <translation>已取消打开 %1。表格未更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n row(s)</source>
        <translation>
            <numerusform>已打开 %1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>指示器</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>the new table</source>
        <translation>新表格</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>是否保存对 %1 的更改？</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的更改将丢失。</translation>
    </message>
    <message>
        <source>a new table</source>
        <translation>新表格</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Indicator Manager closed before your changes to %1 were saved.</source>
        <translation>指示器管理器在保存您对 %1 的更改之前关闭了。</translation>
    </message>
    <message numerus="yes">
        <source>A recovery copy of %n row(s) was saved at %1. Restore it?</source>
        <translation>
            <numerusform>已在 %1 保存了 %n 行的恢复副本。是否恢复？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>The recovery copy could not be read: %1</source>
        <translation>无法读取恢复副本：%1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n row(s) from the recovery copy. Save to keep them.</source>
        <translation>
            <numerusform>已从恢复副本恢复 %n 行。请保存以保留它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Appending %1 was cancelled.</source>
        <translation>已取消追加 %1。</translation>
    </message>
    <message>
        <source>Appending %1 was cancelled. The table is unchanged.</source>
        <translation>已取消追加 %1。表格未更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be appended: %2</source>
        <translation>无法追加“%1”：%2</translation>
    </message>
</context>
<context>
    <name>im::ExpirationController</name>
    <message>
        <source>No expiration was extended: %1</source>
        <translation>未延长任何过期时间：%1</translation>
    </message>
    <message>
        <source>Sign in to a tenant first (Sign in menu).</source>
        <translation>请先登录租户（“登录”菜单）。</translation>
    </message>
    <message>
        <source>No expiration was extended: the tenant&apos;s indicators could not be read: %1</source>
        <translation>未延长任何过期时间：无法读取租户的指示器：%1</translation>
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
        <translation>过期时间 (UTC)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm &apos;UTC&apos;</source>
        <extracomment>Date-time format of the expiration editor; keep the letters, reorder them if your locale wants to</extracomment>
        <translation>yyyy-MM-dd HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不过期</translation>
    </message>
</context>
<context>
    <name>im::ExpirationRefreshDialog</name>
    <message>
        <source>Extend Expiration</source>
        <translation>延长过期时间</translation>
    </message>
    <message>
        <source>New &amp;expiration:</source>
        <translation>新的过期时间(&amp;E)：</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不过期</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>The date and time the indicators expire</source>
        <translation>指示器过期的日期和时间</translation>
    </message>
    <message>
        <source>Also bring &amp;forward later expirations</source>
        <translation>较晚的过期时间也提前(&amp;F)</translation>
    </message>
    <message>
        <source>Without this, an indicator that already expires later keeps its expiration.</source>
        <translation>不勾选时，已在更晚时间过期的指示器保留其过期时间。</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Current expiration</source>
        <translation>当前过期时间</translation>
    </message>
    <message>
        <source>New expiration</source>
        <translation>新的过期时间</translation>
    </message>
    <message>
        <source>What the refresh does to each row the tenant holds</source>
        <translation>刷新对租户中已有的每一行执行的操作</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>延长(&amp;X)</translation>
    </message>
    <message>
        <source>Extend the expirations now</source>
        <translation>立即延长过期时间</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Extend the expiration of this table&apos;s rows that the tenant holds and that we own. Rows the tenant lacks are not created; indicators made by others are not touched. The rows are sent with their other fields, and the table takes the new expiration.</source>
        <translation>延长此表中租户已有且归我们所有的各行的过期时间。租户中没有的行不会被创建；他人创建的指示器不会被改动。各行连同其其他字段一起发送，表格也会采用新的过期时间。</translation>
    </message>
    <message>
        <source>Extend: %1   Already expire then or later: %2   Made by others: %3</source>
        <translation>延长：%1   已在此时间或更晚过期：%2   由他人创建：%3</translation>
    </message>
    <message>
        <source>Not in the tenant: %1   Not sent (errors or repeats): %2</source>
        <translation>不在租户中：%1   未发送（错误或重复）：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to extend also differ from the tenant in other fields; those are updated too.</source>
        <translation>
            <numerusform>%n 个待延长的行在其他字段上也与租户不同；这些字段也会被更新。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to the service</source>
        <translation>
            <numerusform>对服务的 %n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>No indicator of ours would expire later: there is nothing to do.</source>
        <translation>我们的指示器都不会因此更晚过期：无需执行任何操作。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延长</translation>
    </message>
    <message>
        <source>Keep (expires then or later)</source>
        <translation>保留（在此时间或更晚过期）</translation>
    </message>
    <message>
        <source>Leave (made by others)</source>
        <translation>不处理（由他人创建）</translation>
    </message>
</context>
<context>
    <name>im::FileOpener</name>
    <message>
        <source>Opening %1...</source>
        <translation>正在打开 %1...</translation>
    </message>
    <message>
        <source>Restoring unsaved changes...</source>
        <translation>正在恢复未保存的更改...</translation>
    </message>
    <message>
        <source>Appending %1...</source>
        <translation>正在追加 %1...</translation>
    </message>
</context>
<context>
    <name>im::FileSaver</name>
    <message>
        <source>Defender portal CSV (*.csv)</source>
        <translation>Defender 门户 CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV with Application, Educate URL and External ID (*.csv)</source>
        <translation>包含 Application、Educate URL 和 External ID 的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import API JSON (*.json)</source>
        <translation>导入 API JSON (*.json)</translation>
    </message>
    <message>
        <source>Save Indicators As</source>
        <translation>将指示器另存为</translation>
    </message>
    <message>
        <source>Save as Portal CSV</source>
        <translation>另存为门户 CSV</translation>
    </message>
    <message>
        <source>The portal template has no columns for %1. Some rows have values there that this file would not keep.</source>
        <translation>门户模板中没有 %1 列。有些行在这些列中有值，此文件将不会保留它们。</translation>
    </message>
    <message>
        <source>Keep them in extra columns (the portal import ignores unknown columns), or save without them?</source>
        <translation>是将它们保留在额外的列中（门户导入会忽略未知列），还是不保留它们而直接保存？</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Save &amp;Without Them</source>
        <translation>不保留并保存(&amp;W)</translation>
    </message>
    <message>
        <source>Saving %1...</source>
        <translation>正在保存 %1...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Saving was cancelled. The previous file was left unchanged.</source>
        <translation>已取消保存。之前的文件保持不变。</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2. The previous file was left unchanged.</source>
        <translation>写入“%1”失败：%2。之前的文件保持不变。</translation>
    </message>
</context>
<context>
    <name>im::FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter rows by any text...</source>
        <translation>按任意文本筛选行...</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>筛选文本</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>有错误的行</translation>
    </message>
    <message>
        <source>Rows with warnings</source>
        <translation>有警告的行</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <source>Rows without problems</source>
        <translation>没有问题的行</translation>
    </message>
    <message>
        <source>Filter by indicator type</source>
        <translation>按指示器类型筛选</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <extracomment>Filter entry for rows whose indicator type is missing or misspelt</extracomment>
        <translation>未知类型</translation>
    </message>
    <message>
        <source>Filter by problem</source>
        <translation>按问题筛选</translation>
    </message>
    <message>
        <source>Any problem</source>
        <translation>任何问题</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>显示所有行</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选器</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Problem filter entry: %1 a problem such as &quot;Upper-case hash&quot;, %2 the number of rows</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 / %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by submission result</source>
        <translation>按提交结果筛选</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>所有结果</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Failed or not sent</source>
        <translation>失败或未发送</translation>
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
        <translation>替换为(&amp;W)：</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>W&amp;hole cell</source>
        <translation>全单元格匹配(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Match only cells whose whole text is the search text</source>
        <translation>只匹配全部文本与搜索文本相同的单元格</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>所有列</translation>
    </message>
    <message>
        <source>Current column</source>
        <translation>当前列</translation>
    </message>
    <message>
        <source>Selected cells</source>
        <translation>选定的单元格</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>查找上一个 (Shift+F3)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>查找下一个 (F3)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Close find and replace</source>
        <translation>关闭查找和替换</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n cell(s)</source>
        <translation>
            <numerusform>替换 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n cell(s)</source>
        <translation>
            <numerusform>已替换 %n 个单元格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::FixApplier</name>
    <message numerus="yes">
        <source>Fix all %n rows with &quot;%1&quot;...</source>
        <extracomment>%1 is a problem such as &quot;Upper-case hash&quot;</extracomment>
        <translation>
            <numerusform>使用“%1”修正全部 %n 行...</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>已应用：%1</translation>
    </message>
    <message>
        <source>No automatic fix for &quot;%1&quot;: edit the cell by hand.</source>
        <translation>“%1”没有自动修正：请手动编辑单元格。</translation>
    </message>
    <message>
        <source>Fix the selection</source>
        <translation>修正所选内容</translation>
    </message>
    <message>
        <source>Fix all &quot;%1&quot;</source>
        <extracomment>Undo step; %1 is a problem such as &quot;Upper-case hash&quot;</extracomment>
        <translation>修正全部“%1”</translation>
    </message>
    <message>
        <source>Apply Fixes</source>
        <translation>应用修正</translation>
    </message>
    <message>
        <source>The selection has no problems to fix.</source>
        <translation>所选内容中没有要修正的问题。</translation>
    </message>
    <message>
        <source>No automatic fix is known for these problems. Edit the cells by hand.</source>
        <translation>这些问题没有已知的自动修正。请手动编辑单元格。</translation>
    </message>
    <message numerus="yes">
        <source>Change %n row(s) as follows?</source>
        <translation>
            <numerusform>按如下方式更改 %n 行？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more kind(s) of fix</source>
        <translation>
            <numerusform>... 以及另外 %n 种修正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no automatic fix and stay as they are.</source>
        <translation>
            <numerusform>%n 行没有自动修正，将保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this in one step.</source>
        <translation>您可以一步撤消此操作。</translation>
    </message>
    <message numerus="yes">
        <source>Fixed %n row(s).</source>
        <translation>
            <numerusform>已修正 %n 行。</numerusform>
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
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::GridClipboard</name>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n indicator(s)</source>
        <translation>
            <numerusform>粘贴 %n 个指示器</numerusform>
        </translation>
    </message>
    <message>
        <source>The table cannot be changed right now.</source>
        <translation>现在无法更改表格。</translation>
    </message>
</context>
<context>
    <name>im::GridEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清除单元格</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation>
            <numerusform>复制 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>粘贴 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::HistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>导入历史记录</translation>
    </message>
    <message>
        <source>Past submissions</source>
        <translation>过去的提交</translation>
    </message>
    <message>
        <source>Report of the selected submission</source>
        <translation>所选提交的报告</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>导出 CSV...</translation>
    </message>
    <message>
        <source>Export the selected report as CSV</source>
        <translation>将所选报告导出为 CSV</translation>
    </message>
    <message>
        <source>Export JSON...</source>
        <translation>导出 JSON...</translation>
    </message>
    <message>
        <source>Export the selected report as JSON</source>
        <translation>将所选报告导出为 JSON</translation>
    </message>
    <message>
        <source>Clear History...</source>
        <translation>清除历史记录...</translation>
    </message>
    <message>
        <source>Clear the import history</source>
        <translation>清除导入历史记录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>清除历史记录</translation>
    </message>
    <message>
        <source>Remove every past submission and its report from the history? The indicators in the tenant are not touched.</source>
        <translation>要从历史记录中删除所有过去的提交及其报告吗？租户中的指示器不受影响。</translation>
    </message>
</context>
<context>
    <name>im::ImportDefaultsDialog</name>
    <message>
        <source>Save as Preset...</source>
        <translation>另存为预设...</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>Import Defaults</source>
        <translation>导入默认值</translation>
    </message>
    <message>
        <source>What to put in the cells the file leaves empty. Values the file has are kept.</source>
        <translation>在文件留空的单元格中填写的内容。文件中已有的值保持不变。</translation>
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
            <numerusform>%n 天后</numerusform>
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
        <translation>所有设备组</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重性：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Expiration:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>Generate alert:</source>
        <translation>生成警报：</translation>
    </message>
    <message>
        <source>Device groups:</source>
        <translation>设备组：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Templates: {source} is the file&apos;s name, {type} the indicator type, {value} the value, {line} its line in the file.</source>
        <translation>模板：{source} 是文件名，{type} 是指示器类型，{value} 是值，{line} 是它在文件中的行号。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) leave the action, title or description empty, which Defender requires. Choose what to put in the empty cells; values the file has are kept.</source>
        <translation>
            <numerusform>%n 行的操作、标题或说明为空，而 Defender 要求填写这些字段。请选择要在空单元格中填写的内容；文件中已有的值保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>另存为预设</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>im::ImportEngine</name>
    <message>
        <source>The import was cancelled before this row was sent.</source>
        <translation>导入在发送此行之前已取消。</translation>
    </message>
    <message>
        <source>the service&apos;s replies had no result for this row.</source>
        <translation>服务的回复中没有此行的结果。</translation>
    </message>
    <message numerus="yes">
        <source>No usable result after %n attempt(s): %1</source>
        <translation>
            <numerusform>尝试 %n 次后仍没有可用结果：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The import journal %1 could not be written; an interrupted import would resend rows that already succeeded.</source>
        <translation>无法写入导入日志 %1；导入中断后将重新发送已成功的行。</translation>
    </message>
    <message>
        <source>Could not check whether the service had already created this row: %1</source>
        <translation>无法确认服务是否已创建此行：%1</translation>
    </message>
    <message>
        <source>Its expiration time %1 had passed when it was to be sent.</source>
        <translation>到要发送时，其过期时间 %1 已过。</translation>
    </message>
    <message>
        <source>Its expiration time %1 comes before its batch (number %2) can be sent under the service&apos;s limit of %3 imports a minute.</source>
        <translation>其过期时间 %1 早于其批次（第 %2 批）在服务每分钟 %3 次导入的限制下最早能够发送的时间。</translation>
    </message>
</context>
<context>
    <name>im::IndicatorItemDelegate</name>
    <message>
        <source>(not set)</source>
        <extracomment>Severity not set in the severity editor</extracomment>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>device group</source>
        <translation>设备组</translation>
    </message>
    <message>
        <source>technique</source>
        <translation>技术</translation>
    </message>
</context>
<context>
    <name>im::IndicatorPager</name>
    <message>
        <source>the reply has no &quot;value&quot; list.</source>
        <translation>回复中没有“value”列表。</translation>
    </message>
    <message>
        <source>the service sent the same page twice; it did not apply $skip.</source>
        <translation>服务两次发送了同一页；它没有应用 $skip。</translation>
    </message>
    <message>
        <source>the service&apos;s link to the next page does not point at its own List address.</source>
        <translation>服务给出的下一页链接没有指向它自己的 List 地址。</translation>
    </message>
    <message>
        <source>the service sent the same page twice; it did not move its next-page link on.</source>
        <translation>服务两次发送了同一页；它没有推进下一页链接。</translation>
    </message>
</context>
<context>
    <name>im::IndicatorTableModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
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
        <translation>服务已接受此指示器，其 ID 为 %1。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>This row was not sent: %1</source>
        <translation>此行未发送：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>The service refused this row: %1</source>
        <translation>服务拒绝了此行：%1</translation>
    </message>
    <message>
        <source>Suggested fix: %1</source>
        <translation>建议的修正：%1</translation>
    </message>
    <message>
        <source>Edited since it was not sent: %1</source>
        <extracomment>Status column: a row left out of the last submission and changed since; %1 is why it was left out</extracomment>
        <translation>未发送后已编辑：%1</translation>
    </message>
    <message>
        <source>This row was not sent: %1
It has been edited since.</source>
        <translation>此行未发送：%1
此后已被编辑。</translation>
    </message>
    <message>
        <source>Edited since it failed: %1</source>
        <extracomment>Status column: a row the service refused and that was changed since; %1 is the service&apos;s reason</extracomment>
        <translation>失败后已编辑：%1</translation>
    </message>
    <message>
        <source>The service refused this row: %1
It has been edited since; Resubmit Failed sends it again.</source>
        <translation>服务拒绝了此行：%1
此后已被编辑；“重新提交失败的行”会再次发送它。</translation>
    </message>
    <message>
        <source>From %1, line %2</source>
        <extracomment>Tool tip of a row appended from another file; %1 is its file name, %2 the line</extracomment>
        <translation>来自 %1，第 %2 行</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
</context>
<context>
    <name>im::IndicatorTableView</name>
    <message>
        <source>Indicators</source>
        <translation>指示器</translation>
    </message>
    <message>
        <source>One indicator per row. Cells with problems are marked; their tooltip says why.</source>
        <translation>每行一个指示器。有问题的单元格会被标记；其工具提示说明原因。</translation>
    </message>
</context>
<context>
    <name>im::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <extracomment>Language menu entry: use the language of the operating system</extracomment>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>im::ListCellEditor</name>
    <message>
        <source>Items</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Add a %1...</source>
        <extracomment>%1 names one item, such as &quot;device group&quot;</extracomment>
        <translation>添加%1...</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新%1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Remove the selected items</source>
        <translation>删除选定的项</translation>
    </message>
</context>
<context>
    <name>im::MainActions</name>
    <message>
        <source>&amp;New Table</source>
        <translation>新建表格(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>Open with Column &amp;Mapping...</source>
        <translation>使用列映射打开(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste as New &amp;Rows</source>
        <translation>粘贴为新行(&amp;R)</translation>
    </message>
    <message>
        <source>Add the indicators on the clipboard (a list of IOCs, a table, JSON) as new rows</source>
        <translation>将剪贴板上的指示器（IOC 列表、表格、JSON）添加为新行</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>清除单元格(&amp;L)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)...</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>替换(&amp;E)...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>Add an empty row at the end</source>
        <translation>在末尾添加一个空行</translation>
    </message>
    <message>
        <source>&amp;Insert Row Above</source>
        <translation>在上方插入行(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Duplicate Rows</source>
        <translation>复制行(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;elete Rows</source>
        <translation>删除行(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit...</source>
        <translation>批量编辑(&amp;B)...</translation>
    </message>
    <message>
        <source>Apply &amp;Fix</source>
        <translation>应用修正(&amp;F)</translation>
    </message>
    <message>
        <source>Show the suggested fixes for the current cell</source>
        <translation>显示当前单元格的建议修正</translation>
    </message>
    <message>
        <source>Fix the &amp;Selection...</source>
        <translation>修正所选内容(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>上一个问题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Filter Rows</source>
        <translation>筛选行(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>清除筛选器(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Indicator Manager</source>
        <translation>关于指示器管理器(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tool tip of a button: %1 what it does, %2 its key (Ctrl+O)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Preview Import...</source>
        <translation>预览导入(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Submit...</source>
        <translation>提交(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Resubmit Failed</source>
        <translation>重新提交失败的行(&amp;R)</translation>
    </message>
    <message>
        <source>Import &amp;History...</source>
        <translation>导入历史记录(&amp;H)...</translation>
    </message>
    <message>
        <source>&amp;Tenant Indicators...</source>
        <translation>租户指示器(&amp;T)...</translation>
    </message>
    <message>
        <source>Send every valid row to the tenant</source>
        <translation>将所有有效行发送到租户</translation>
    </message>
    <message>
        <source>Send again only the rows that failed or were not sent</source>
        <translation>仅重新发送失败或未发送的行</translation>
    </message>
    <message>
        <source>List, export and delete the indicators the tenant holds</source>
        <translation>列出、导出和删除租户中的指示器</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>提交(&amp;U)</translation>
    </message>
    <message>
        <source>Import &amp;Defaults...</source>
        <translation>导入默认值(&amp;D)...</translation>
    </message>
    <message>
        <source>Fill the cells every row leaves empty: action, severity, title, description, expiration</source>
        <translation>为每一行填写留空的单元格：操作、严重性、标题、说明、过期时间</translation>
    </message>
    <message>
        <source>&amp;Fill Down</source>
        <translation>向下填充(&amp;F)</translation>
    </message>
    <message>
        <source>Set action, severity, expiration, device groups, title, description, recommended actions or category on every selected row</source>
        <translation>为每个所选行设置操作、严重性、过期时间、设备组、标题、描述、建议的操作或类别</translation>
    </message>
    <message>
        <source>Add a copy of each selected row (Ctrl+D). To copy the top cell into the cells below, use Fill Down (Ctrl+Shift+D).</source>
        <translation>为每个所选行添加一个副本 (Ctrl+D)。要将顶部单元格复制到其下方的单元格，请使用“向下填充”(Ctrl+Shift+D)。</translation>
    </message>
    <message>
        <source>Copy the top selected cell of each column into the selected cells below it, or the cell above into a single selected row (Ctrl+Shift+D)</source>
        <translation>将每列中最上面的所选单元格复制到其下方的所选单元格；只选中一行时复制上一行的单元格 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Appen&amp;d...</source>
        <translation>追加(&amp;D)...</translation>
    </message>
    <message>
        <source>Add the rows of another file after the last row, keeping the table that is open</source>
        <translation>将另一个文件的行添加到最后一行之后，保留当前打开的表格</translation>
    </message>
    <message>
        <source>S&amp;ync with Tenant...</source>
        <translation>与租户同步(&amp;Y)...</translation>
    </message>
    <message>
        <source>Make the tenant hold exactly this table&apos;s rows among our indicators, after a preview</source>
        <translation>预览后，使租户中我们的指示器与此表的行完全一致</translation>
    </message>
    <message>
        <source>Submit to Several T&amp;enants...</source>
        <translation>提交到多个租户(&amp;E)...</translation>
    </message>
    <message>
        <source>Submit or sync this table to several saved profiles in turn, with the results side by side</source>
        <translation>将此表依次提交或同步到多个已保存的配置文件，并排显示结果</translation>
    </message>
    <message>
        <source>E&amp;xtend Expiration...</source>
        <translation>延长过期时间(&amp;X)...</translation>
    </message>
    <message>
        <source>Extend the expiration of this table&apos;s rows that the tenant holds, after a preview</source>
        <translation>预览后，延长此表中租户已有各行的过期时间</translation>
    </message>
</context>
<context>
    <name>im::MainWindow</name>
    <message>
        <source>Open Indicators</source>
        <translation>打开指示器</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n 行无效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>Status bar summary: row count, invalid rows, warnings.</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Problems Panel</source>
        <translation>问题面板(&amp;P)</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>未粘贴任何内容：%1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Insert row</source>
        <translation>插入行</translation>
    </message>
    <message>
        <source>The filter was cleared to show the row.</source>
        <translation>已清除筛选器以显示该行。</translation>
    </message>
    <message>
        <source>Wait for the running task to finish, then close again.</source>
        <translation>请等待正在运行的任务完成，然后再次关闭。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] - Indicator Manager</source>
        <extracomment>Window title; %1 is the file name, [*] marks unsaved changes</extracomment>
        <translation>%1[*] - 指示器管理器</translation>
    </message>
    <message>
        <source>No problems in the rows shown.</source>
        <translation>显示的行中没有问题。</translation>
    </message>
    <message>
        <source>No suggested fix for this cell.</source>
        <translation>此单元格没有建议的修正。</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %n row(s)</source>
        <translation>
            <numerusform>批量编辑 %n 行</numerusform>
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
        <translation>未提交任何内容：%1</translation>
    </message>
    <message>
        <source>No row can be sent: every row has errors to fix first.</source>
        <translation>没有可发送的行：每一行都有需要先修复的错误。</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Results written to %1</source>
        <translation>结果已写入 %1</translation>
    </message>
    <message>
        <source>A submission is running: cancel it or wait for it, then close again.</source>
        <translation>正在进行提交：请取消提交或等待其完成，然后再关闭。</translation>
    </message>
    <message>
        <source>Sign in to a tenant first (Sign in menu).</source>
        <translation>请先登录租户（“登录”菜单）。</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s indicators to plan the submission...</source>
        <translation>正在读取租户的指示器以规划提交...</translation>
    </message>
    <message>
        <source>Nothing was submitted: the tenant&apos;s indicators could not be read: %1</source>
        <translation>未提交任何内容：无法读取租户的指示器：%1</translation>
    </message>
    <message>
        <source>Nothing to send: every row has errors, repeats an earlier row, is unchanged in the tenant or was already imported.</source>
        <translation>没有可发送的行：每一行都有错误、与前面的行重复、在租户中未更改或已导入。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was submitted: the import would pass the tenant&apos;s limit by %n indicator(s). Preview Import shows the ways out.</source>
        <translation>
            <numerusform>未提交任何内容：此次导入将超出租户上限 %n 个指示器。“预览导入”中有解决办法。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Indicators</source>
        <translation>添加指示器</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a certificate, not a table. Add its thumbprint as a new row?</source>
        <translation>“%1”是证书，不是表格。要将其指纹添加为新行吗？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table of indicators. Add its hashes as new rows?</source>
        <translation>“%1”不是指示器表格。要将其哈希值添加为新行吗？</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Add %n indicator(s) of %1</source>
        <translation>
            <numerusform>添加 %1 的 %n 个指示器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import defaults on %n row(s)</source>
        <translation>
            <numerusform>对 %n 行应用导入默认值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) leave the action, title or description empty. Edit &gt; Import Defaults fills them for every row at once.</source>
        <translation>
            <numerusform>%n 行的操作、标题或说明为空。“编辑 &gt; 导入默认值”可一次性为所有行填写。</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator files (*.csv *.tsv *.txt *.json *.xlsx *.pdf *.md *.adoc *.html *.htm *.ioc *.iocs *.md5 *.sha1 *.sha256 *.lst *.list);;All files (*)</source>
        <translation>指示器文件 (*.csv *.tsv *.txt *.json *.xlsx *.pdf *.md *.adoc *.html *.htm *.ioc *.iocs *.md5 *.sha1 *.sha256 *.lst *.list);;所有文件 (*)</translation>
    </message>
    <message>
        <source>S&amp;ubmission Panel</source>
        <translation>提交面板(&amp;U)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>S&amp;ource Panel</source>
        <translation>来源面板(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>Append %n row(s) of %1</source>
        <translation>
            <numerusform>追加 %1 的 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no rows to append.</source>
        <translation>%1 中没有可追加的行。</translation>
    </message>
    <message numerus="yes">
        <source>Appended %n row(s) of %1</source>
        <translation>
            <numerusform>已追加 %1 的 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Append Indicators</source>
        <translation>追加指示器</translation>
    </message>
    <message numerus="yes">
        <source>Extend expiration of %n row(s)</source>
        <translation>
            <numerusform>延长 %n 行的过期时间</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::MultiTenantDialog</name>
    <message>
        <source>Submit to Several Tenants</source>
        <translation>提交到多个租户</translation>
    </message>
    <message>
        <source>Tick the saved profiles to send this table to. The tenants are done one after the other, each with its own sign-in, rate limit and quota check; a tenant that fails does not stop the others.</source>
        <translation>勾选要将此表发送到的已保存配置文件。租户依次处理，每个租户各自登录、各自的速率限制和配额检查；一个租户失败不会影响其他租户。</translation>
    </message>
    <message>
        <source>&amp;Submit (import the valid rows)</source>
        <translation>提交(&amp;S)（导入有效行）</translation>
    </message>
    <message>
        <source>S&amp;ync (also delete our indicators the table no longer holds)</source>
        <translation>同步(&amp;Y)（同时删除表中已不再包含的我们的指示器）</translation>
    </message>
    <message>
        <source>&amp;Preview only: change nothing</source>
        <translation>仅预览(&amp;P)：不做任何更改</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Rows that failed or were not sent, for the tenant picked above:</source>
        <translation>上方所选租户中失败或未发送的行：</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Lines of the side-by-side results, one column per tenant</extracomment>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n tenant(s).</source>
        <translation>
            <numerusform>完成：%n 个租户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync %n row(s) with these tenants, one after the other?</source>
        <translation>
            <numerusform>要依次将 %n 行与这些租户同步吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit %n row(s) to these tenants, one after the other?</source>
        <translation>
            <numerusform>要依次将 %n 行提交到这些租户吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant %1 of %2: %3, signing in…</source>
        <extracomment>%1 of %2 counts the tenants, %3 is the profile&apos;s name</extracomment>
        <translation>租户 %1/%2：%3，正在登录…</translation>
    </message>
    <message>
        <source>Tenant %1 of %2: %3, reading the tenant&apos;s indicators…</source>
        <translation>租户 %1/%2：%3，正在读取租户的指示器…</translation>
    </message>
    <message>
        <source>Tenant %1 of %2: %3, %4 of %5 rows sent…</source>
        <translation>租户 %1/%2：%3，已发送 %4/%5 行…</translation>
    </message>
    <message>
        <source>Tenant %1 of %2: %3, done.</source>
        <translation>租户 %1/%2：%3，已完成。</translation>
    </message>
    <message>
        <source>Preview: nothing was changed.</source>
        <translation>预览：未做任何更改。</translation>
    </message>
    <message>
        <source>Done, with rows that failed.</source>
        <translation>已完成，有失败的行。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Row %1 %2</source>
        <extracomment>%1 row number, %2 failed or not sent, %3 the reason</extracomment>
        <translation>第 %1 行%2</translation>
    </message>
    <message>
        <source>Row %1 %2: %3</source>
        <translation>第 %1 行%2：%3</translation>
    </message>
</context>
<context>
    <name>im::MultiTenantRun</name>
    <message>
        <source>Not started: the run was cancelled.</source>
        <translation>未开始：运行已取消。</translation>
    </message>
    <message>
        <source>Cancelled while reading the tenant.</source>
        <translation>读取租户时已取消。</translation>
    </message>
    <message>
        <source>Over the tenant&apos;s quota: %1 active indicators after the import, %2 allowed. Nothing was sent to this tenant.</source>
        <translation>超出租户的配额：导入后将有 %1 个活动指示器，允许 %2 个。未向此租户发送任何内容。</translation>
    </message>
    <message>
        <source>Cancelled: the rest is done by running it again.</source>
        <translation>已取消：再次运行即可完成其余部分。</translation>
    </message>
</context>
<context>
    <name>im::NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>关闭消息</translation>
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
            <numerusform>此次导入将超出 %1 的限制 %Ln 个指示器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send only the first %Ln row(s), which fit the quota</source>
        <translation>
            <numerusform>仅发送配额内可容纳的前 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Send only the first rows that fit</source>
        <translation>仅发送可容纳的前几行</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln expired or soon-expiring indicator(s)...</source>
        <translation>
            <numerusform>删除 %Ln 个已过期或即将过期的指示器(&amp;D)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete expired or soon-expiring indicators</source>
        <translation>删除已过期或即将过期的指示器</translation>
    </message>
    <message numerus="yes">
        <source>Indicators that have expired or expire within %n day(s), soonest first; none that this table updates.</source>
        <translation>
            <numerusform>已过期或将在 %n 天内过期的指示器，最早过期的排在前面；不包括此表要更新的指示器。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to pick indicators to delete.</source>
        <translation>登录后即可选择要删除的指示器。</translation>
    </message>
    <message>
        <source>Delete Indicators</source>
        <translation>删除指示器</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln indicator(s) from the tenant?</source>
        <translation>
            <numerusform>要从租户中删除 %Ln 个指示器吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have expired or expire within %n day(s). Deleting them frees their quota now; this cannot be undone.</source>
        <translation>
            <numerusform>它们已过期或将在 %n 天内过期。删除后会立即释放其占用的配额；此操作无法撤消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No row fits the quota: delete indicators from the tenant to make room</source>
        <translation>没有可容纳于配额内的行：请从租户中删除指示器以腾出空间</translation>
    </message>
</context>
<context>
    <name>im::PreviewDialog</name>
    <message numerus="yes">
        <source>Deleted %1 of %Ln indicator(s)...</source>
        <translation>
            <numerusform>已删除 %1 个（共 %Ln 个指示器）...</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview Import</source>
        <translation>预览导入</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s indicators again</source>
        <translation>重新读取租户的指示器</translation>
    </message>
    <message>
        <source>&amp;Active indicators in the tenant:</source>
        <translation>租户中的活动指示器(&amp;A)：</translation>
    </message>
    <message>
        <source>Active indicators in the tenant</source>
        <translation>租户中的活动指示器</translation>
    </message>
    <message>
        <source>S&amp;kip rows the tenant already holds unchanged</source>
        <translation>跳过租户中已存在且未更改的行(&amp;K)</translation>
    </message>
    <message>
        <source>Skip unchanged rows</source>
        <translation>跳过未更改的行</translation>
    </message>
    <message>
        <source>Rows and calls</source>
        <translation>行和调用</translation>
    </message>
    <message>
        <source>Rows in the table:</source>
        <translation>表中的行数：</translation>
    </message>
    <message>
        <source>To send:</source>
        <translation>要发送：</translation>
    </message>
    <message>
        <source>Not sent:</source>
        <translation>未发送：</translation>
    </message>
    <message>
        <source>Batches:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>Import calls:</source>
        <translation>导入调用：</translation>
    </message>
    <message>
        <source>Minimum time:</source>
        <translation>最短时间：</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Quota used after the import</source>
        <translation>导入后的配额使用量</translation>
    </message>
    <message>
        <source>Forecast of active indicators</source>
        <translation>活动指示器预测</translation>
    </message>
    <message numerus="yes">
        <source>Active indicators over the next %n day(s), as indicators expire:</source>
        <translation>
            <numerusform>随着指示器过期，未来 %n 天内的活动指示器数：</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to see how expirations free the quota over the coming days.</source>
        <translation>登录后即可查看未来几天内指示器过期将如何释放配额。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>Rows to send</source>
        <translation>要发送的行</translation>
    </message>
    <message>
        <source>Rows not sent</source>
        <translation>未发送的行</translation>
    </message>
    <message>
        <source>Rows to show</source>
        <translation>要显示的行</translation>
    </message>
    <message>
        <source>Rows and what happens to them</source>
        <translation>行及其处理方式</translation>
    </message>
    <message>
        <source>&amp;Go to Row</source>
        <translation>转到行(&amp;G)</translation>
    </message>
    <message>
        <source>Go to the row in the table</source>
        <translation>转到表中的该行</translation>
    </message>
    <message>
        <source>&amp;Submit...</source>
        <translation>提交(&amp;S)...</translation>
    </message>
    <message>
        <source>Submit the rows to send</source>
        <translation>提交要发送的行</translation>
    </message>
    <message>
        <source>Not signed in: type how many indicators the tenant holds, or sign in to compare the rows with the tenant.</source>
        <translation>未登录：请输入租户中的指示器数量，或登录以将这些行与租户进行比较。</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s indicators...</source>
        <translation>正在读取租户的指示器...</translation>
    </message>
    <message>
        <source>The tenant&apos;s indicators could not be read: %1</source>
        <translation>无法读取租户的指示器：%1</translation>
    </message>
    <message numerus="yes">
        <source>Signed in: %Ln active indicator(s), read at %1.</source>
        <translation>
            <numerusform>已登录：%Ln 个活动指示器，读取于 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 new, %3 updates)</source>
        <translation>%1（%2 个新增，%3 个更新）</translation>
    </message>
    <message>
        <source>%1: %2 invalid, %3 repeats, %4 left out by you, %5 unchanged, %6 beyond the quota</source>
        <translation>%1：%2 行无效，%3 行重复，%4 行由你排除，%5 行未更改，%6 行超出配额</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) of %1, in table order</source>
        <translation>
            <numerusform>%Ln 个批次，每批 %1 行，按表中顺序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) at 30 calls a minute</source>
        <translation>
            <numerusform>%n 秒（按每分钟 30 次调用计）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) at 30 calls a minute</source>
        <translation>
            <numerusform>%n 分钟（按每分钟 30 次调用计）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 active now, %2 after the import, of %3 allowed.</source>
        <translation>当前活动 %1 个，导入后 %2 个，上限 %3 个。</translation>
    </message>
    <message>
        <source>%1  %2  %3  expires %4</source>
        <translation>%1  %2  %3  过期时间 %4</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln indicator(s)...</source>
        <translation>
            <numerusform>正在删除 %Ln 个指示器...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln indicator(s) from the tenant.</source>
        <translation>
            <numerusform>已从租户中删除 %Ln 个指示器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting stopped after %Ln indicator(s): %1</source>
        <translation>
            <numerusform>删除了 %Ln 个指示器后停止：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) allow a value the tenant blocks, or block one it allows (see What happens).</source>
        <translation>
            <numerusform>%Ln 行允许了租户阻止的值，或阻止了租户允许的值（见“将执行的操作”）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::PreviewRowsModel</name>
    <message>
        <source>New indicator</source>
        <translation>新指示器</translation>
    </message>
    <message>
        <source>Updates an indicator</source>
        <translation>更新指示器</translation>
    </message>
    <message>
        <source>Not sent: left out by you</source>
        <translation>未发送：已由你排除</translation>
    </message>
    <message>
        <source>Not sent: invalid</source>
        <translation>未发送：无效</translation>
    </message>
    <message>
        <source>Not sent: repeats an earlier row</source>
        <translation>未发送：与前面的行重复</translation>
    </message>
    <message>
        <source>Not sent: unchanged in the tenant</source>
        <translation>未发送：租户中已存在且未更改</translation>
    </message>
    <message>
        <source>Not sent: beyond the first rows that fit the quota</source>
        <translation>未发送：不在配额可容纳的前几行之内</translation>
    </message>
    <message>
        <source>Untick to leave this row out of the import.</source>
        <translation>取消勾选可将此行排除在导入之外。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Not sent: already imported by an earlier submission</source>
        <translation>未发送：之前的提交已导入</translation>
    </message>
    <message>
        <source>The tenant holds this value as %1 (id %2) for devices this row also reaches. Defender keeps both: for IPs, domains and URLs Allowed wins where both apply; for files the device-group indicator wins over the one for all devices. Delete one of them, or give each device group one action.</source>
        <extracomment>%1 is the action the tenant&apos;s indicator has (such as Allowed), %2 its id</extracomment>
        <translation>租户中已有此值，操作为 %1（ID %2），且适用于此行也覆盖的设备。Defender 会同时保留两者：对于 IP、域和 URL，两者都适用时以允许为准；对于文件，设备组的指示器优先于适用于所有设备的指示器。请删除其中一个，或为每个设备组只指定一个操作。</translation>
    </message>
    <message>
        <source>%1 · the tenant has it as %2 (id %3)</source>
        <extracomment>Appended to what the import does with a row; %1 is the tenant&apos;s action, %2 the indicator&apos;s id</extracomment>
        <translation>%1 · 租户中为 %2（ID %3）</translation>
    </message>
</context>
<context>
    <name>im::ProblemsModel</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>%1 column; %2. Click to go to the first row, double-click to list the rows.</source>
        <extracomment>%1 is a column such as &quot;Indicator value&quot;, %2 &quot;Error&quot; or &quot;Warning&quot;</extracomment>
        <translation>%1 列；%2。单击转到第一行，双击列出这些行。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more row(s): filter the grid to see them all</source>
        <translation>
            <numerusform>... 以及另外 %n 行：筛选表格以查看全部</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>An occurrence in the Problems panel; %1 is the row&apos;s number in the table (its row header), %2 the explanation</extracomment>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Hidden row: %1</source>
        <translation>隐藏的行：%1</translation>
    </message>
</context>
<context>
    <name>im::ProblemsPanel</name>
    <message>
        <source>&amp;Fix this row</source>
        <translation>修正此行(&amp;F)</translation>
    </message>
    <message>
        <source>Fix &amp;all rows...</source>
        <translation>修正所有行(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Show only these rows</source>
        <translation>只显示这些行(&amp;S)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems by rule</source>
        <translation>按规则列出的问题</translation>
    </message>
    <message>
        <source>Fix this row</source>
        <translation>修正此行</translation>
    </message>
    <message>
        <source>Fix all rows with this problem</source>
        <translation>修正所有有此问题的行</translation>
    </message>
    <message>
        <source>Apply the suggested fix to every row with the selected problem</source>
        <translation>对所有有选定问题的行应用建议的修正</translation>
    </message>
    <message>
        <source>Show only rows with this problem</source>
        <translation>只显示有此问题的行</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>应用：%1</translation>
    </message>
    <message>
        <source>Select a row whose problem has a suggested fix</source>
        <translation>请选择一个问题有建议修正的行</translation>
    </message>
    <message>
        <source>No indicators</source>
        <translation>没有指示器</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 in %n row(s)</source>
        <extracomment>%1 and %2 are complete phrases such as &quot;3 errors&quot; and &quot;2 warnings&quot;</extracomment>
        <translation>
            <numerusform>%n 行中有 %1、%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
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
        <translation>清除最近打开的文件(&amp;C)</translation>
    </message>
</context>
<context>
    <name>im::SheetPickerDialog</name>
    <message>
        <source>Choose a Sheet</source>
        <translation>选择工作表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has several sheets with content. Which one should be read?</source>
        <translation>“%1”有多个包含内容的工作表。要读取哪一个？</translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <extracomment>A sheet in the list of a workbook&apos;s sheets; %1 is its name</extracomment>
        <translation>%1（空）</translation>
    </message>
    <message>
        <source>%1 (no indicator column)</source>
        <extracomment>A sheet whose first row names no column of indicator values; %1 is its name</extracomment>
        <translation>%1（无指示器列）</translation>
    </message>
</context>
<context>
    <name>im::SignInController</name>
    <message>
        <source>&amp;Tenant</source>
        <translation>租户(&amp;T)</translation>
    </message>
    <message>
        <source>Sign in as &amp;profile</source>
        <translation>以配置文件登录(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in...</source>
        <translation>登录(&amp;S)...</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation>没有已保存的配置文件</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>The secrets of &quot;%1&quot; could not be removed from the system keychain: %2</source>
        <translation>无法从系统凭据存储中删除“%1”的密码：%2</translation>
    </message>
</context>
<context>
    <name>im::SignInDialog</name>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Sign in to a tenant</source>
        <translation>登录到租户</translation>
    </message>
    <message>
        <source>e.g. Contoso production</source>
        <translation>例如 Contoso 生产环境</translation>
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
        <translation>PEM（证书和私钥）或 PFX 文件</translation>
    </message>
    <message>
        <source>Certificate of the app registration</source>
        <translation>应用注册的证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.pfx *.p12);;All files (*)</source>
        <translation>证书 (*.pem *.pfx *.p12);;所有文件 (*)</translation>
    </message>
    <message>
        <source>only if the file is protected</source>
        <translation>仅当文件受保护时</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>optional: CA certificates of a TLS-inspecting proxy (PEM)</source>
        <translation>可选：执行 TLS 检查的代理的 CA 证书 (PEM)</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>额外的 CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API 地址：</translation>
    </message>
    <message>
        <source>Sign-in address:</source>
        <translation>登录地址：</translation>
    </message>
    <message>
        <source>Extra CA file:</source>
        <translation>额外的 CA 文件：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save and sign in</source>
        <translation>保存并登录(&amp;S)</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>配置文件名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>云(&amp;C)：</translation>
    </message>
    <message>
        <source>API &amp;host:</source>
        <translation>API 主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Directory (&amp;tenant) ID:</source>
        <translation>目录(租户) ID(&amp;T)：</translation>
    </message>
    <message>
        <source>Application (c&amp;lient) ID:</source>
        <translation>应用程序(客户端) ID(&amp;L)：</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>登录方式(&amp;W)：</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>客户端密码(&amp;S)：</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>证书文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Custom address (see Advanced)</source>
        <translation>自定义地址（参见“高级”）</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1（全球）</translation>
    </message>
    <message>
        <source>%1 (region %2)</source>
        <extracomment>%1 host name, %2 region code such as &quot;eu&quot;</extracomment>
        <translation>%1（区域 %2）</translation>
    </message>
    <message>
        <source>Enter the directory (tenant) ID.</source>
        <translation>请输入目录(租户) ID。</translation>
    </message>
    <message>
        <source>The tenant is a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47, or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>租户是 GUID（例如 72f988bf-86f1-41af-91ab-2d7cd011db47），或已验证的域（例如 contoso.onmicrosoft.com）。</translation>
    </message>
    <message>
        <source>Enter the application (client) ID of the app registration.</source>
        <translation>请输入应用注册的应用程序(客户端) ID。</translation>
    </message>
    <message>
        <source>The application (client) ID is a GUID such as 00000000-0000-0000-0000-000000000000.</source>
        <translation>应用程序(客户端) ID 是 GUID，例如 00000000-0000-0000-0000-000000000000。</translation>
    </message>
    <message>
        <source>Enter the client secret (its value, not its ID).</source>
        <translation>请输入客户端密码（其值，而不是其 ID）。</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM or PFX) of the app registration.</source>
        <translation>请选择应用注册的证书文件（PEM 或 PFX）。</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>无法读取证书文件 %1。</translation>
    </message>
    <message>
        <source>Finish signing in in your web browser; this window waits for it.</source>
        <translation>请在 Web 浏览器中完成登录；此窗口会等待。</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>正在登录...</translation>
    </message>
    <message>
        <source>Signed in; listing one indicator...</source>
        <translation>已登录；正在列出一个指示器...</translation>
    </message>
    <message>
        <source>Signed in as %1. Delegated permissions: %2.</source>
        <extracomment>%1 the user&apos;s sign-in name, %2 a list of permissions</extracomment>
        <translation>已以 %1 身份登录。委派权限：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Application permissions in the token: %1.</source>
        <translation>令牌中的应用程序权限：%1。</translation>
    </message>
    <message>
        <source>Importing needs Ti.ReadWrite or Ti.ReadWrite.All (WindowsDefenderATP) with admin consent; this token has neither.</source>
        <translation>导入需要 Ti.ReadWrite 或 Ti.ReadWrite.All (WindowsDefenderATP) 并授予管理员同意；此令牌两者都没有。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Connection works: signed in and the Indicators API answered.</source>
        <translation>连接正常：已登录，指示器 API 已响应。</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>已登录。</translation>
    </message>
</context>
<context>
    <name>im::SourcePanel</name>
    <message>
        <source>The current row was not read from a report, MISP or STIX.</source>
        <translation>当前行不是从报告、MISP 或 STIX 读取的。</translation>
    </message>
    <message>
        <source>Page %1, line %2</source>
        <translation>第 %1 页，第 %2 行</translation>
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
        <translation>请先登录租户（“登录”菜单）。</translation>
    </message>
    <message>
        <source>A submission is already running.</source>
        <translation>已有一个提交正在进行。</translation>
    </message>
    <message>
        <source>There are no rows to send.</source>
        <translation>没有可发送的行。</translation>
    </message>
    <message>
        <source>The submission could not start.</source>
        <translation>无法开始提交。</translation>
    </message>
    <message>
        <source>Cancelled: the rows not sent can be sent with Resume.</source>
        <translation>已取消：未发送的行可通过“继续”发送。</translation>
    </message>
</context>
<context>
    <name>im::SubmitController</name>
    <message>
        <source>Sign in to a tenant first (Sign in menu).</source>
        <translation>请先登录租户（“登录”菜单）。</translation>
    </message>
    <message>
        <source>Nothing has been submitted yet.</source>
        <translation>尚未提交任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Every row left to send has errors; fix them first.</source>
        <translation>剩余待发送的行都有错误；请先修正。</translation>
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
        <translation>正在提交到租户...</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Submission progress</source>
        <translation>提交进度</translation>
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
        <translation>发送完当前批次后停止；其余行可通过“继续”发送</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Resume the submission</source>
        <translation>继续提交</translation>
    </message>
    <message>
        <source>Send the rows the stopped submission did not send</source>
        <translation>发送已停止的提交中未发送的行</translation>
    </message>
    <message>
        <source>%1 of %2 rows · batch %3 of %4</source>
        <extracomment>Submission progress: rows settled of all rows, then batches</extracomment>
        <translation>%1 / %2 行 · 第 %3 / %4 批</translation>
    </message>
    <message>
        <source>Estimating the time left...</source>
        <translation>正在估算剩余时间...</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>剩余约 %1</translation>
    </message>
    <message>
        <source>Waiting %1 for the service&apos;s rate limit (30 calls a minute). The submission goes on by itself.</source>
        <translation>正在等待 %1 以遵守服务的速率限制（每分钟 30 次调用）。提交将自动继续。</translation>
    </message>
</context>
<context>
    <name>im::SubmitSummaryWidget</name>
    <message>
        <source>Resubmit &amp;failed</source>
        <translation>重新提交失败项(&amp;F)</translation>
    </message>
    <message>
        <source>Resubmit the failed and unsent rows</source>
        <translation>重新提交失败和未发送的行</translation>
    </message>
    <message>
        <source>Send again only the rows that failed or were not sent, as they are now</source>
        <translation>仅重新发送失败或未发送的行（按其当前内容）</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>导出 CSV...</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>将结果导出为 CSV</translation>
    </message>
    <message>
        <source>Export JSON...</source>
        <translation>导出 JSON...</translation>
    </message>
    <message>
        <source>Export the results as JSON</source>
        <translation>将结果导出为 JSON</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>历史记录(&amp;H)...</translation>
    </message>
    <message>
        <source>Show the import history</source>
        <translation>显示导入历史记录</translation>
    </message>
    <message>
        <source>Nothing submitted yet.</source>
        <translation>尚未提交任何内容。</translation>
    </message>
    <message>
        <source>%1 succeeded · %2 failed · %3 not sent</source>
        <extracomment>Submission summary: rows succeeded, failed and not sent</extracomment>
        <translation>成功 %1 · 失败 %2 · 未发送 %3</translation>
    </message>
    <message numerus="yes">
        <source>Took %1 s · %n rate-limit wait(s), %2 s in all</source>
        <extracomment>%1 is the time the submission took; %n the number of rate-limit waits; %2 their total length in seconds</extracomment>
        <translation>
            <numerusform>用时 %1 秒 · 速率限制等待 %n 次，共 %2 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <extracomment>A failure reason in the summary with the number of rows that failed with it</extracomment>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested fix: %1</source>
        <translation>建议的修正：%1</translation>
    </message>
    <message>
        <source>Submitting: the results appear here when the run ends.</source>
        <translation>正在提交：运行结束后结果将显示在此处。</translation>
    </message>
    <message>
        <source>Why rows failed or were not sent (click one to show its rows):</source>
        <translation>行失败或未发送的原因（单击某个原因可显示其对应的行）：</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %1 (%n row(s))</source>
        <extracomment>A reason why rows were not sent, with the number of rows; %1 is the reason</extracomment>
        <translation>
            <numerusform>未发送：%1（%n 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::SyncController</name>
    <message>
        <source>Nothing was synced: %1</source>
        <translation>未同步任何内容：%1</translation>
    </message>
    <message>
        <source>Sign in to a tenant first (Sign in menu).</source>
        <translation>请先登录租户（“登录”菜单）。</translation>
    </message>
    <message>
        <source>Nothing was synced: the tenant&apos;s indicators could not be read: %1</source>
        <translation>未同步任何内容：无法读取租户的指示器：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 of %n row(s) created or updated</source>
        <translation>
            <numerusform>同步：%n 行中有 %1 行已创建或更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s) of ours deleted</source>
        <translation>
            <numerusform>我们的 %n 个指示器中有 %1 个已删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Run Sync with Tenant again to finish.</source>
        <translation>请再次运行“与租户同步”以完成。</translation>
    </message>
</context>
<context>
    <name>im::SyncPreviewDialog</name>
    <message>
        <source>Sync with Tenant</source>
        <translation>与租户同步</translation>
    </message>
    <message>
        <source>Make the tenant hold exactly this table&apos;s rows among the indicators we own. Indicators made by others (the portal, Defender for Cloud Apps, other apps) are never deleted.</source>
        <translation>使租户中我们拥有的指示器与此表的行完全一致。他人创建的指示器（门户、Defender for Cloud Apps、其他应用）永远不会被删除。</translation>
    </message>
    <message>
        <source>Create: %1   Update: %2   Unchanged: %3   Delete (ours, no longer in the table): %4</source>
        <translation>创建：%1   更新：%2   未更改：%3   删除（我们的，已不在表中）：%4</translation>
    </message>
    <message>
        <source>Not sent (errors or repeats): %1   Others&apos; indicators left alone: %2</source>
        <translation>未发送（错误或重复）：%1   保留的他人指示器：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to the service</source>
        <translation>
            <numerusform>对服务的 %n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant already holds the table: there is nothing to do.</source>
        <translation>租户已包含此表：无需执行任何操作。</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>What the sync does to each row and indicator</source>
        <translation>同步对每一行和每个指示器执行的操作</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Run the sync now</source>
        <translation>立即运行同步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
</context>
<context>
    <name>im::TaskProgressWidget</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>取消正在运行的任务</translation>
    </message>
</context>
<context>
    <name>im::TenantIndicatorsDialog</name>
    <message>
        <source>Export Tenant Indicators</source>
        <translation>导出租户指示器</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Tenant Indicators</source>
        <translation>租户指示器</translation>
    </message>
    <message>
        <source>Filter the tenant&apos;s indicators by any text...</source>
        <translation>按任意文本筛选租户的指示器...</translation>
    </message>
    <message>
        <source>Filter the tenant&apos;s indicators</source>
        <translation>筛选租户的指示器</translation>
    </message>
    <message>
        <source>The tenant&apos;s indicators</source>
        <translation>租户的指示器</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s indicators again</source>
        <translation>重新读取租户的指示器</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>导出 CSV...</translation>
    </message>
    <message>
        <source>Export the indicators shown as CSV</source>
        <translation>将显示的指示器导出为 CSV</translation>
    </message>
    <message>
        <source>&amp;Delete Selected...</source>
        <translation>删除所选项(&amp;D)...</translation>
    </message>
    <message>
        <source>Delete the selected indicators from the tenant</source>
        <translation>从租户中删除所选指示器</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Sign in to a tenant first (Sign in menu).</source>
        <translation>请先登录租户（“登录”菜单）。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the tenant&apos;s indicators... %Ln so far</source>
        <translation>
            <numerusform>正在读取租户的指示器... 已读取 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln indicator(s) shown</source>
        <translation>
            <numerusform>显示 %1 个指示器，共 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Indicators</source>
        <translation>删除指示器</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n indicator(s) from the tenant? This cannot be undone.</source>
        <translation>
            <numerusform>要从租户中删除 %n 个指示器吗？此操作无法撤消。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间 (UTC)</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>我们的</translation>
    </message>
    <message>
        <source>All creators</source>
        <translation>所有创建者</translation>
    </message>
    <message>
        <source>Show the indicators made by</source>
        <translation>显示以下创建者的指示器</translation>
    </message>
    <message>
        <source>Ours: made by this app registration or the signed-in user. The indicators of others are deleted only when picked one by one.</source>
        <translation>我们的：由此应用注册或已登录用户创建。他人的指示器只有在逐个选中时才会被删除。</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Made by someone else: deleted only when you pick it yourself.</source>
        <translation>由他人创建：只有在您亲自选中时才会被删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n of them were made by someone else (the portal, Defender for Cloud Apps or another app).</source>
        <translation>
            <numerusform>其中 %n 个由他人创建（门户、Defender for Cloud Apps 或其他应用）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>im::TokenClient</name>
    <message>
        <source>the sign-in reply holds no usable bearer token.</source>
        <translation>登录回复中没有可用的持有者令牌。</translation>
    </message>
    <message>
        <source>The client assertion could not be signed: %1</source>
        <translation>无法对客户端断言进行签名：%1</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>没有证书</translation>
    </message>
</context>
<context>
    <name>im::sandbox::SandboxHttpServer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA or EC private key.</source>
        <translation>%1 中没有未加密的 RSA 或 EC 私钥。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>indicator-manager: cannot write %1</source>
        <translation>indicator-manager：无法写入 %1</translation>
    </message>
    <message>
        <source>indicator-manager: language %1 is not available; using English</source>
        <translation>indicator-manager：语言 %1 不可用；将使用英语</translation>
    </message>
    <message>
        <source>Edit, validate and submit Microsoft Defender for Endpoint indicators.</source>
        <translation>编辑、验证并提交 Microsoft Defender for Endpoint 指示器。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once FILE is loaded and validated, then quit.</source>
        <translation>在 FILE 加载并验证完成后将窗口保存为 PNG，然后退出。</translation>
    </message>
    <message>
        <source>An indicator file to open.</source>
        <translation>要打开的指示器文件。</translation>
    </message>
    <message>
        <source>Sign in to the indicator-sandbox at this URL.</source>
        <translation>登录到此 URL 上的 indicator-sandbox。</translation>
    </message>
    <message>
        <source>indicator-sandbox: cannot listen on 127.0.0.1:%1
</source>
        <translation>indicator-sandbox：无法在 127.0.0.1:%1 上监听
</translation>
    </message>
    <message>
        <source>Sign in as this saved profile (its secret comes from the system keychain).</source>
        <translation>以此已保存的配置文件登录（其密码来自系统凭据存储）。</translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN, zh_TW).</source>
        <translation>用户界面语言（en、zh_CN、zh_TW）。</translation>
    </message>
</context>
</TS>
