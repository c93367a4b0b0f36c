package org.postops.app.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links that keep the current page's query (a search, filters) and change one thing: {@code @links.page(2)}. */
@Component("links")
public class Links {

    public String page(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
    }
}
