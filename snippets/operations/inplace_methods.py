import torch

x = torch.tensor([1.0, 2.0, 3.0])

# Without underscore: a new tensor; x keeps its values.
y = x.add(10)
print("x.add(10):", y, " x:", x)

# With underscore: x itself changes, and the call returns x.
z = x.add_(10)
print("x.add_(10):", z, " x:", x)
print("returned x itself:", z is x)

# Because they return x, in-place calls can be chained.
x.mul_(2).clamp_(max=25.0)
print("after mul_(2).clamp_(max=25):", x)

# zero_ and fill_ overwrite every element.
print("fill_(7.0):", x.fill_(7.0))
print("zero_():   ", x.zero_())
