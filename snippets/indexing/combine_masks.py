import torch

x = torch.arange(10)
low = x >= 3
high = x < 7

# & is "and", | is "or", ~ is "not", each applied element by element.
print("low & high:    ", x[low & high])
print("~(low & high): ", x[~(low & high)])
print("~low | ~high:  ", x[~low | ~high])

# & binds tighter than >= and ==, so each comparison needs brackets.
print("even and >= 5: ", x[(x % 2 == 0) & (x >= 5)])
