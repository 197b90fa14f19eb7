package org.nianbao.parse.html;

import java.nio.charset.Charset;

/**
 * Test helper: wraps a report's HTML body in the chrome of a typical Chinese government portal page, the way
 * such sites publish annual reports: top navigation, breadcrumb, a layout table with a column menu on the left
 * and the article on the right (title area with 发布时间, then the report), related links and a footer.
 */
public final class PortalPage {
    private PortalPage() {
    }

    public static String wrap(String reportBody, String charsetLabel) {
        return """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html>
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=%s" />
            <title>薛城区商务和投资促进局2023年政府信息公开工作年度报告_薛城区人民政府</title>
            <script type="text/javascript">var siteId = "xc"; document.write("<div>统计</div>");</script>
            <style>.nav li { float: left; }</style>
            </head>
            <body>
            <div class="header"><img src="logo.png" alt="薛城区人民政府"><div class="search">
            <form action="/search"><input name="q" value="请输入关键字"><button>搜索</button></form></div></div>
            <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
            <li><a href="/hdjl/">互动交流</a></li><li><a href="/zwfw/">政务服务</a></li></ul></div>
            <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt;
            <a href="/zwgk/xxgknb/">政府信息公开年度报告</a></div>
            <table class="layout" width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
            <tr>
            <td class="left" width="220" valign="top"><div class="menu-title">政府信息公开</div>
            <ul><li><a href="/zwgk/zn/">政府信息公开指南</a></li><li><a href="/zwgk/zd/">政府信息公开制度</a></li>
            <li><a href="/zwgk/xxgknb/">政府信息公开年度报告</a></li></ul></td>
            <td class="main" width="780" valign="top">
            <div class="article-info">发布时间：2024-01-20 09:30&nbsp;&nbsp;来源：区商务和投资促进局&nbsp;&nbsp;【字号：大 中 小】&nbsp;&nbsp;浏览次数：128</div>
            <div class="article-content" id="zoom">
            %s
            </div>
            <div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
            </td>
            </tr>
            </table>
            <div class="related"><div class="related-title">相关链接</div><ul>
            <li><a href="/zwgk/xxgknb/2022.html">薛城区商务和投资促进局2022年政府信息公开工作年度报告</a><span>2023-01-18</span></li>
            <li><a href="/zwgk/xxgknb/2021.html">薛城区商务和投资促进局2021年政府信息公开工作年度报告</a><span>2022-01-20</span></li>
            </ul></div>
            <div class="footer"><p>主办单位：薛城区人民政府办公室　承办单位：薛城区大数据中心</p>
            <p>网站标识码：3704030001　鲁ICP备05000000号　联系电话：0632-4412345</p></div>
            </body>
            </html>
            """.formatted(charsetLabel, reportBody);
    }

    /** The part of a page between its body tags. */
    public static String bodyOf(String page) {
        int open = page.indexOf('>', page.indexOf("<body")) + 1;
        return page.substring(open, page.lastIndexOf("</body>"));
    }

    static byte[] bytes(String page, Charset charset) {
        return page.getBytes(charset);
    }
}
