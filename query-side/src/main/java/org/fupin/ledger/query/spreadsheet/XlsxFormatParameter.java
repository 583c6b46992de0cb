package org.fupin.ledger.query.spreadsheet;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * {@code ?format=xlsx} asks for a workbook as {@code Accept: application/vnd.openxmlformats-…sheet} does, for
 * links and browsers that cannot set the header. Any other {@code format} is left to the endpoint that reads it
 * (the disclosure sheet's json, html, csv and pdf); without it, the {@code Accept} header decides as before.
 */
@Configuration
class XlsxFormatParameter implements WebMvcConfigurer {

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(XlsxFormatParameter::resolve, new HeaderContentNegotiationStrategy()));
    }

    private static List<MediaType> resolve(NativeWebRequest request) {
        return "xlsx".equalsIgnoreCase(request.getParameter("format"))
                ? List.of(XlsxDownloads.XLSX)
                : ContentNegotiationStrategy.MEDIA_TYPE_ALL_LIST;
    }
}
