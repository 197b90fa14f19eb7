package org.nianbao.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.nianbao.rules.RuleFileException;
import org.nianbao.rules.RuleSet;
import org.nianbao.rules.RuleSource;
import org.nianbao.run.TimeLimit;
import org.nianbao.web.People;
import org.nianbao.web.Service;
import org.nianbao.web.UploadLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the web pages and JSON API for supervising offices, until stopped (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"启动网页服务：上传、批次、报告、下载、规则 / start the web server for auditors"})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "端口 / port (0: any free port; default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "监听地址；非本机地址须设访问令牌 / interface to listen on (default ${DEFAULT-VALUE});"
                    + " other than loopback needs --token")
    String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "nianbao-data",
            description = "数据文件夹（内置数据库、文件缓存） / data folder (embedded database, file cache;"
                    + " default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "用此数据库代替内置数据库 / use this database instead, e.g."
                    + " jdbc:postgresql://localhost/nianbao?user=nianbao&password=…")
    String db;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "访问令牌（也可用环境变量 NIANBAO_TOKEN） / access token (or NIANBAO_TOKEN)")
    String token;

    @Option(names = "--users", paramLabel = "FILE",
            description = "人员名单：每行“姓名,office 或 reader,令牌”，操作记录据此记名；office 可上传删除，reader 只读"
                    + " / people: lines 'name,office|reader,token'; the log names them; readers change nothing")
    Path users;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "50",
            description = "每个文件上限 / per file (default ${DEFAULT-VALUE} MB)")
    int maxUploadMb;

    @Option(names = "--max-files", paramLabel = "N", defaultValue = "500",
            description = "每批文件数上限（含压缩包内的） / files per batch, counting those in zips"
                    + " (default ${DEFAULT-VALUE})")
    int maxFiles;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "每个文件的检查时限；扫描件另按页加时（见 --ocr-page-timeout） / time limit per file; a scan"
                    + " gets more a page (see --ocr-page-timeout) (default ${DEFAULT-VALUE} s)")
    int timeout;

    @Option(names = "--ocr-page-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "扫描件每页另加的文字识别时限 / time added to a scan's limit for each page read by OCR"
                    + " (default ${DEFAULT-VALUE} s)")
    int ocrPageTimeout;

    @Option(names = "--max-data-mb", paramLabel = "MB", defaultValue = "20480",
            description = "保存的上传文件总量上限 / most the kept uploads may take in all (default ${DEFAULT-VALUE} MB)")
    int maxDataMb;

    @Option(names = "--max-queue", paramLabel = "FILES", defaultValue = "2000",
            description = "等待检查的文件数上限，超过时新上传会被告知稍后再试 / most files waiting to be checked;"
                    + " past it uploads are told when to try again (default ${DEFAULT-VALUE})")
    int maxQueue;

    @Option(names = "--workers", paramLabel = "N",
            description = "读取文件的独立进程数 / worker processes reading files (default: one per core, ${DEFAULT-VALUE})")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--worker-memory", paramLabel = "MB", defaultValue = "512",
            description = "每个进程的内存上限 / each worker's heap (default ${DEFAULT-VALUE} MB)")
    int workerMemory;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() throws IOException {
        String accessToken = token != null ? token : System.getenv("NIANBAO_TOKEN");
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UserError("--host " + host + "：找不到这个地址", "--host " + host + ": no such address");
        }
        People people = People.NONE;
        if (users != null) {
            try {
                people = People.read(users);
            } catch (IOException e) {
                throw new UserError("无法读取人员名单 " + users + "：" + e.getMessage(), "cannot read the people file "
                        + users + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e.getMessage());
            }
        }
        if (!address.isLoopbackAddress() && !people.tokenRequired()
                && (accessToken == null || accessToken.length() < 16)) {
            throw new UserError("--host " + host + "：监听非本机地址须设至少 16 位的访问令牌（--token 或 NIANBAO_TOKEN）",
                    "--host " + host + ": listening beyond this machine needs an access token of 16+ characters"
                            + " (--token or NIANBAO_TOKEN)");
        }
        if (maxUploadMb < 1 || maxFiles < 1 || timeout < 1 || workers < 1 || maxDataMb < 1 || maxQueue < 1) {
            throw new UserError("--max-upload-mb、--max-files、--timeout、--workers、--max-data-mb、--max-queue 须大于 0",
                    "--max-upload-mb, --max-files, --timeout, --workers, --max-data-mb and --max-queue must be above"
                            + " 0");
        }
        if (ocrPageTimeout < 0) {
            throw new UserError("--ocr-page-timeout 不能小于 0", "--ocr-page-timeout must not be below 0");
        }
        if (workerMemory < 64) {
            throw new UserError("--worker-memory 至少 64（MB）", "--worker-memory must be 64 (MB) or more");
        }
        List<RuleSource> sources;
        RuleSet ruleSet;
        try {
            sources = rules.sources();
            ruleSet = rules.load();
        } catch (RuleFileException e) {
            throw new UserError("规则文件有误：" + e.getMessage(), "rule file error: " + e.getMessage());
        }
        UploadLimits limits = new UploadLimits((long) maxUploadMb << 20, maxFiles,
                Math.max((long) maxUploadMb << 20, 1L << 30));
        Service.Config config = new Service.Config(host, port, data, db, accessToken, limits,
                new TimeLimit(Duration.ofSeconds(timeout), Duration.ofSeconds(ocrPageTimeout)), ruleSet, Service.rulesVersion(Version.current(), sources),
                Version.current(), new Service.Workers(workers, workerMemory), (long) maxDataMb << 20, people,
                maxQueue);
        Service service;
        try {
            service = Service.start(config);
        } catch (SQLException e) {
            throw new UserError("无法打开数据库：" + e.getMessage(), "cannot open the database: " + e.getMessage(),
                    ExitCode.USAGE, e);
        } catch (IOException e) {
            if (causedBy(e, BindException.class)) {
                throw new UserError("端口 " + port + " 已被占用（也许 nianbao 已在运行），请用 --port 换一个端口，如 --port "
                        + (port + 1), "port " + port + " is in use (nianbao may be running already): choose another"
                        + " with --port, e.g. --port " + (port + 1), ExitCode.USAGE, e);
            }
            throw e;
        }
        if (service.interruptedAtStart() > 0) {
            Main.ERR.println("上次停止时有 " + service.interruptedAtStart() + " 个批次未完成，已标为中断 / "
                    + service.interruptedAtStart() + " batch(es) left running by the last stop are marked interrupted");
        }
        Main.OUT.println("nianbao 网页服务已启动 / serving at http://" + (host.contains(":") ? "[" + host + "]" : host)
                + ":" + service.port() + "/  (" + (db == null ? "data " + data.toAbsolutePath()
                : "database " + db.replaceAll("password=[^&;]*", "password=***")) + ")");
        // stopped by Ctrl-C or a signal: the hook closes the server and the database cleanly
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close();
            } catch (SQLException e) {
                Main.ERR.println("数据库关闭出错 / closing the database failed: " + e.getMessage());
            }
        }));
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
